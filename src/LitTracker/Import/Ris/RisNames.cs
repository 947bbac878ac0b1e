using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Import.Ris;

/// <summary>Author names as tagged formats write them: "Last, First[, Suffix]", "Last FM" or "FM Last" (shaped by <see cref="AuthorNames"/>).</summary>
internal static partial class RisNames
{
    /// <summary>True for "et al." and similar markers of a cut-short list.</summary>
    public static bool IsEtAl(string text)
    {
        // Every form starts with 'e', 'o' or '.' after the spaces: names skip the regex.
        var start = text.AsSpan().TrimStart();
        return !start.IsEmpty && start[0] is 'e' or 'E' or 'o' or 'O' or '.' && EtAl().IsMatch(text);
    }

    public static Author? Parse(string text)
    {
        var s = text.Trim().TrimEnd(';').Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (s.Contains(',', StringComparison.Ordinal))
        {
            var parts = s.Split(',', StringSplitOptions.TrimEntries);
            var family = parts[0];
            var given = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            var suffix = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            return family.Length == 0 ? (given is null ? null : new Author(given)) : AuthorNames.Inverted(family, given, suffix);
        }

        var match = FamilyInitials().Match(s);
        return match.Success
            ? new Author(match.Groups["family"].Value, match.Groups["given"].Value.Replace(" ", string.Empty, StringComparison.Ordinal))
            : AuthorNames.InitialsFirst(s) ?? new Author(s);
    }

    [GeneratedRegex(@"^(?<family>.+?)\s+(?<given>(?:[A-Z]\.?\s?){1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyInitials();

    [GeneratedRegex(@"^\s*(?:et\.?\s*al\.?|others|\.\.\.)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();
}
