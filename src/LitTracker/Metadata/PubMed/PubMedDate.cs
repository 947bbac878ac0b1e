using System.Globalization;
using System.Text.RegularExpressions;

namespace LitTracker.Metadata.PubMed;

/// <summary>
/// PubMed's date spellings: <c>Year/Month/Day</c> elements with numeric or English month names,
/// and free text such as "1968 Aug", "2025 Jun 26", "1998 Dec-1999 Jan", "2001 Spring",
/// "2010/07/11 06:29". A range or season keeps only what is certain: the first year (and the month
/// when the range stays inside one month's text).
/// </summary>
internal static partial class PubMedDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static (int Year, int? Month, int? Day)? FromParts(string? year, string? month, string? day)
    {
        if (!int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 9999)
        {
            return null;
        }

        var m = Month(month);
        int? d = m is not null && int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, m.Value)
            ? dd
            : null;
        return (y, m, d);
    }

    public static (int Year, int? Month, int? Day)? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        // "1998 Dec-1999 Jan" or "2001 Jan-Feb": the month is uncertain, keep the year only.
        var rest = text[(match.Index + match.Length)..];
        var isRange = rest.TrimStart().StartsWith('-');
        return FromParts(match.Groups["y"].Value, isRange && !match.Groups["d"].Success ? null : match.Groups["m"].Value, isRange ? null : match.Groups["d"].Value);
    }

    private static int? Month(string? text)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        var index = s.Length >= 3 ? Array.IndexOf(Months, s[..3].ToLowerInvariant()) : -1;
        return index >= 0 ? index + 1 : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[ /](?<m>[A-Za-z]{3,}|\d{1,2})(?:[ /](?<d>\d{1,2})\b)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
