using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Reports.Evidence;

/// <summary>Short labels that identify a source in a table: "Hunt et al. 2019, Platelet-rich plasma for…".</summary>
public static class SourceLabels
{
    /// <summary>Titles are cut after this many characters (at a word boundary) and end with "…".</summary>
    public const int ShortTitleLength = 50;

    /// <summary>
    /// First author's family name (or organisation), "et al." when there are more, the year and
    /// the short title; the key when none of these is known.
    /// </summary>
    public static string Label(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var first = source.Authors.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Literal ?? a.Family));
        var author = first is null ? null : (first.Literal ?? first.Family)!.Trim();
        if (author is not null && (source.Authors.Count > 1 || source.AuthorsIncomplete))
        {
            author += " et al.";
        }

        var head = string.Join(" ", new[] { author, source.Year?.ToString(CultureInfo.InvariantCulture) }.Where(s => s is not null));
        var title = ShortTitle(source.Title);
        var label = string.Join(", ", new[] { head, title }.Where(s => s.Length > 0));
        return label.Length > 0 ? label : source.Key;
    }

    /// <summary>The title cut to <see cref="ShortTitleLength"/> characters at a word boundary, with "…".</summary>
    public static string ShortTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= ShortTitleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ShortTitleLength);
        return text[..(cut > 0 ? cut : ShortTitleLength)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
