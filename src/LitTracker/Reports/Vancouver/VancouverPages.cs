using System.Text.RegularExpressions;

namespace LitTracker.Reports.Vancouver;

/// <summary>Page ranges in NLM's elided form, with an en dash as citeproc-js prints them.</summary>
public static partial class VancouverPages
{
    /// <summary>The range separator: an en dash (U+2013), as citeproc-js renders CSL page ranges.</summary>
    public const string RangeDash = "\u2013";

    /// <summary>
    /// Elides repeated leading digits of the last page: "525-538" → "525–38", "5441-5444" →
    /// "5441–4", "S12-S15" → "S12–5". Single pages and article numbers ("1161", "e23343") are
    /// kept; comma-separated ranges are elided one by one; anything unrecognised is kept verbatim.
    /// </summary>
    public static string Elide(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return string.Empty;
        }

        var parts = pages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join(", ", parts.Select(ElideOne));
    }

    private static string ElideOne(string range)
    {
        var match = RangePattern().Match(range);
        if (!match.Success)
        {
            return range;
        }

        var prefix = match.Groups["p1"].Value;
        var first = match.Groups["n1"].Value;
        var secondPrefix = match.Groups["p2"].Value;
        var last = match.Groups["n2"].Value;
        if (secondPrefix.Length > 0 && !string.Equals(secondPrefix, prefix, StringComparison.Ordinal))
        {
            return prefix + first + RangeDash + secondPrefix + last;
        }

        if (string.Equals(first, last, StringComparison.Ordinal))
        {
            return prefix + first;
        }

        // Only a last page written in full and larger than the first is shortened; "123-45" is
        // already elided and "45-12" is a typo we keep for the reader to see.
        if (last.Length != first.Length || string.CompareOrdinal(last, first) < 0)
        {
            return prefix + first + RangeDash + last;
        }

        var common = 0;
        while (common < first.Length - 1 && first[common] == last[common])
        {
            common++;
        }

        return prefix + first + RangeDash + last[common..];
    }

    [GeneratedRegex(@"^(?<p1>[A-Za-z]*)(?<n1>\d+)\s*[-\u2010-\u2015]+\s*(?<p2>[A-Za-z]*)(?<n2>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();
}
