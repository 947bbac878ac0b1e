using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Persistence;

/// <summary>Rules for stable keys: lower-case letters, digits, '-', '_' and '.', starting with a letter.</summary>
public static partial class Keys
{
    /// <summary>True when <paramref name="key"/> is a valid key.</summary>
    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    /// <summary>Throws InvalidInput unless the key is valid.</summary>
    public static string Require(string key, string field = "key") => IsValid(key)
        ? key
        : throw LitTrackerException.Invalid(field, $"Key '{key}' is not valid: use 1-100 lower-case letters, digits, '-', '_' or '.', starting with a letter (e.g. smith2020).");

    /// <summary>
    /// A key from a first author's family name and a year, e.g. "van Wijnen", 2019 → <c>vanwijnen2019</c>;
    /// diacritics are folded, anything else dropped. Falls back to <c>source</c>.
    /// </summary>
    public static string Suggest(string? family, int? year)
    {
        // One buffer for the decomposed name, its letters, "source" and the year: one string allocated.
        const int Room = 17;
        var text = family ?? string.Empty;
        var size = text.Length * Decomposition.MaxExpansion;
        var buffer = size <= 256 ? stackalloc char[size + Room] : new char[size + Room];
        scoped ReadOnlySpan<char> chars = text;
        if (!Ascii.IsValid(text))
        {
            if (Decomposition.TryDecompose(text, buffer, out var written))
            {
                chars = buffer[..written];
            }
            else
            {
                chars = text.Normalize(NormalizationForm.FormD);
                if (chars.Length + Room > buffer.Length)
                {
                    buffer = new char[chars.Length + Room];
                }
            }
        }

        // Letters are kept in place: each is written at or before the char it came from.
        var length = 0;
        foreach (var c in chars)
        {
            if (char.IsAsciiLetter(c))
            {
                buffer[length++] = (char)(c | 0x20);
            }
        }

        if (length == 0)
        {
            "source".CopyTo(buffer);
            length = "source".Length;
        }

        if (year is { } y)
        {
            y.TryFormat(buffer[length..], out var digits, default, CultureInfo.InvariantCulture);
            length += digits;
        }

        return new string(buffer[..length]);
    }

    /// <summary>The first of <paramref name="stem"/>, stem-b, stem-c, … (then numbered) not in use.</summary>
    public static string FirstFree(string stem, Func<string, bool> inUse) => FirstFree(stem, inUse, 0, out _);

    /// <summary>
    /// Like <see cref="FirstFree(string, Func{string, bool})"/>, skipping the first <paramref name="start"/>
    /// keys of the sequence (known to be in use); <paramref name="position"/> is where the free one is, so a
    /// bulk import resumes there instead of probing stem, stem-b… again for every record.
    /// </summary>
    public static string FirstFree(string stem, Func<string, bool> inUse, int start, out int position)
    {
        ArgumentNullException.ThrowIfNull(inUse);
        for (position = Math.Max(0, start); ; position++)
        {
            var candidate = InSequence(stem, position);
            if (!inUse(candidate))
            {
                return candidate;
            }
        }
    }

    // stem, stem-b … stem-z (positions 1-25), then stem-2, stem-3 … (position 26 on).
    private static string InSequence(string stem, int position) => position switch
    {
        0 => stem,
        <= 25 => stem + (char)('b' + position - 1),
        _ => stem + "-" + (position - 24).ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^[a-z][a-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
