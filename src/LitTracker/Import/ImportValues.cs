using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>Value normalisation shared by every import format.</summary>
internal static partial class ImportValues
{
    private static readonly SearchValues<char> DashStarts = SearchValues.Create("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212");

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Pages use a plain hyphen for ranges ("200-210"), whatever dash the file used.</summary>
    public static string? Pages(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Dashes(text.Trim());
    }

    // What Regex.Replace(text, @"\s*(?:-+|[\u2010-\u2015\u2212])\s*", "-") gives, without the
    // regex: at each position, whitespace followed by hyphens or one Unicode dash, and the
    // whitespace after it, become "-".
    private static string Dashes(string text)
    {
        var first = text.AsSpan().IndexOfAny(DashStarts);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        var changed = false;
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && IsDash(text[j]))
            {
                var dashStart = j;
                if (text[j] == '-')
                {
                    while (j < text.Length && text[j] == '-')
                    {
                        j++;
                    }
                }
                else
                {
                    j++;
                }

                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                changed |= j - i != 1 || text[dashStart] != '-';
                sb.Append('-');
                i = j;
            }
            else
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return changed ? sb.ToString() : text;
    }

    private static bool IsDash(char c) => c == '-' || c is >= '\u2010' and <= '\u2015' || c == '\u2212';

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
    public static bool IsCollapsed(string text) => ImportText.IsCollapsed(text);

    /// <summary>A month from 1-12, "3", "03", "Mar", "March", "mar." (English only).</summary>
    public static int? Month(string? text) => text is null ? null : Month(text.AsSpan());

    private static int? Month(ReadOnlySpan<char> text)
    {
        // Lower-casing (invariant, per character: the same as for the whole string in the BMP)
        // changes no digit, so only the name lookup needs it.
        var s = text.Trim().TrimEnd('.');
        if (s.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        if (s.Length >= 3)
        {
            Span<char> head = [char.ToLowerInvariant(s[0]), char.ToLowerInvariant(s[1]), char.ToLowerInvariant(s[2])];
            for (var index = 0; index < MonthNames.Length; index++)
            {
                if (head.SequenceEqual(MonthNames[index]))
                {
                    return index + 1;
                }
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
        if (text is not null && TryIsoDate(text, ref year, ref month, ref day))
        {
            return true;
        }

        var match = text is null ? Match.Empty : DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year == 0)
        {
            // "0000" is a placeholder, not a year (and no calendar has its months).
            return false;
        }

        month = match.Groups["m"].Success ? Month(match.Groups["m"].Value) : null;
        if (month is not null && match.Groups["d"].Success
            && int.TryParse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            day = d;
        }

        return true;
    }

    // "2019", "2019-03" and "2019-03-05" in ASCII digits, the forms nearly every record uses,
    // read as DatePattern would read them.
    private static bool TryIsoDate(string text, ref int year, ref int? month, ref int? day)
    {
        if (text.Length is not (4 or 7 or 10) || !IsAsciiDigits(text.AsSpan(0, 4))
            || (text.Length >= 7 && (text[4] != '-' || !IsAsciiDigits(text.AsSpan(5, 2))))
            || (text.Length == 10 && (text[7] != '-' || !IsAsciiDigits(text.AsSpan(8, 2)))))
        {
            return false;
        }

        year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        if (year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            return true;
        }

        month = Month(text.AsSpan(5, 2));
        var d = ((text[^2] - '0') * 10) + (text[^1] - '0');
        if (text.Length == 10 && month is not null && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            day = d;
        }

        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') < 0;

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

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})(?:\s*[-/ ]\s*(?<m>[0-9]{1,2}|[A-Za-z]{3,9}\.?)?(?:\s*[-/ ]\s*(?<d>[0-9]{1,2})?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
