using LitTracker.Citations;
using LitTracker.Claims;

namespace LitTracker.Grading;

/// <summary>
/// The words users type and read for the domain enums (kebab-case, as in DESIGN.md), and back.
/// One place so that CLI, JSON, CSV and the web agree.
/// </summary>
public static class VocabularyNames
{
    /// <summary>Kebab-case name of any enum value: <c>VeryLow</c> → <c>very-low</c>.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        var chars = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(pascal[i - 1]))
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(c));
        }

        return chars.ToString();
    }

    /// <summary>Parses a kebab-case, snake_case or PascalCase name; Unspecified/None are never accepted.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        // Only declared member names: Enum.TryParse would also take "+7" (an undefined value) and
        // "supports,contradicts" (the two OR-ed together, which is Mixed).
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase)
                && Convert.ToInt64(candidate, System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The names a user may type for an enum (excluding Unspecified/None).</summary>
    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0).Select(Name).ToList();

    /// <summary>The set flags of a claim as kebab-case names, in declaration order.</summary>
    public static IReadOnlyList<string> FlagNames(ClaimFlags flags) =>
        Enum.GetValues<ClaimFlags>().Where(f => f != ClaimFlags.None && flags.HasFlag(f)).Select(Name).ToList();

    /// <summary>Wording strength as users read it ("direct causal").</summary>
    public static string Label(WordingStrength wording) => Name(wording).Replace('-', ' ');

    /// <summary>Stance as users read it.</summary>
    public static string Label(Stance stance) => Name(stance).Replace('-', ' ');
}
