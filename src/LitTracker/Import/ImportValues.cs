using System.Globalization;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>Value normalisation shared by every import format.</summary>
internal static partial class ImportValues
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Pages use a plain hyphen for ranges ("200-210"), whatever dash the file used.</summary>
    public static string? Pages(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DashPattern().Replace(text.Trim(), "-");
    }

    /// <summary>Trims and collapses whitespace; empty becomes null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return IsCollapsed(text) ? text : SpacePattern().Replace(text.Trim(), " ");
    }

    /// <summary>
    /// True when trimming and collapsing whitespace would change nothing: no leading or trailing
    /// whitespace, and none but single plain spaces. Most fields are, and skip the regex.
    /// </summary>
    public static bool IsCollapsed(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return text.Length == 0;
        }

        var space = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (space)
                {
                    return false;
                }

                space = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                space = false;
            }
        }

        return true;
    }

    /// <summary>A month from 1-12, "3", "03", "Mar", "March", "mar." (English only).</summary>
    public static int? Month(string? text)
    {
        var s = text?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        if (s.Length >= 3)
        {
            var index = Array.IndexOf(MonthNames, s[..3]);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the leading date of forms like "2019", "2019-03-05", "2019/03/05/", "2019///",
    /// "2019/03", "2019 Mar 5", "2016/2017" (a range: its start). False when no year leads.
    /// </summary>
    public static bool TryDate(string? text, out int year, out int? month, out int? day)
    {
        month = null;
        day = null;
        year = 0;
        var match = text is null ? Match.Empty : DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        month = match.Groups["m"].Success ? Month(match.Groups["m"].Value) : null;
        if (month is not null && match.Groups["d"].Success
            && int.TryParse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            day = d;
        }

        return true;
    }

    /// <summary>Sets year, month and day on <paramref name="source"/> from a date text, or warns.</summary>
    public static void SetDate(Source source, string? text, string field, RecordIssues issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (TryDate(text, out var year, out var month, out var day))
        {
            source.Year = year;
            source.Month = month ?? source.Month;
            source.Day = day ?? (month is null ? source.Day : null);
        }
        else
        {
            issues.Warn($"{field} '{text.Trim()}' has no four-digit year; the date was left empty. Write it as YYYY or YYYY-MM-DD.");
        }
    }

    /// <summary>A calendar date for "accessed on", from ISO or slash forms with a day.</summary>
    public static DateOnly? FullDate(string? text) =>
        TryDate(text, out var y, out var m, out var d) && m is not null && d is not null && y >= 1
            ? new DateOnly(y, m.Value, d.Value)
            : null;

    public static void SetDoi(Source source, string? text, string field, RecordIssues issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (Doi.TryParse(text, out var doi))
        {
            source.Doi = doi;
        }
        else
        {
            issues.Warn($"{field} '{text.Trim()}' is not a DOI (expected 10.<registrant>/<suffix>); it was left empty. Correct it in the file or add it later with the DOI command.");
        }
    }

    public static void SetPmid(Source source, string? text, string field, RecordIssues issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (Pmid.TryParse(text, out var pmid))
        {
            source.Pmid = pmid;
        }
        else
        {
            issues.Warn($"{field} '{text.Trim()}' is not a PMID (a whole number of up to 9 digits); it was left empty.");
        }
    }

    public static void SetPmcid(Source source, string? text, string field, RecordIssues issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (Pmcid.TryParse(text, out var pmcid))
        {
            source.Pmcid = pmcid;
        }
        else
        {
            issues.Warn($"{field} '{text.Trim()}' is not a PMCID (PMC followed by digits); it was left empty.");
        }
    }

    [GeneratedRegex(@"\s*(?:-+|[\u2010-\u2015\u2212])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^\s*(?<y>\d{4})(?:\s*[-/ ]\s*(?<m>[0-9]{1,2}|[A-Za-z]{3,9}\.?)?(?:\s*[-/ ]\s*(?<d>\d{1,2})?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
