using System.Globalization;

namespace LitTracker.Reports.Vancouver;

/// <summary>Dates in NLM order "YYYY Mon D" with English three-letter months and no periods.</summary>
public static class VancouverDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// "1957 Jan 1", "1957 Jan" or "1957" from what is known; a month or day without the part
    /// before it is dropped. Empty when the year is unknown.
    /// </summary>
    public static string Format(int? year, int? month = null, int? day = null)
    {
        if (year is null)
        {
            return string.Empty;
        }

        var text = year.Value.ToString(CultureInfo.InvariantCulture);
        if (month is not (>= 1 and <= 12))
        {
            return text;
        }

        text += " " + Months[month.Value - 1];
        return day is >= 1 and <= 31 ? text + " " + day.Value.ToString(CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A full date, e.g. an access date: "2024 Mar 5".</summary>
    public static string Format(DateOnly date) => Format(date.Year, date.Month, date.Day);
}
