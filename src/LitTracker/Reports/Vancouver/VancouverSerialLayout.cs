using LitTracker.Reports.Text;
using LitTracker.Sources;

namespace LitTracker.Reports.Vancouver;

/// <summary>Journal articles and preprints: title, journal, date;volume(issue):pages, DOI.</summary>
internal static class VancouverSerialLayout
{
    public static void Write(RichTextBuilder builder, Source source)
    {
        VancouverFormatter.Segment(builder, source.Title, source.Type == SourceType.Preprint ? " [Preprint]" : string.Empty);

        // Citing Medicine marks a journal read online as [Internet] with a cited date and URL;
        // the NLM CSL style drops that whenever a DOI or PubMed id identifies the article.
        var onlineOnly = source.Doi is null && source.Pmid is null && source.Pmcid is null
            && !string.IsNullOrWhiteSpace(source.Url);
        var journal = FirstNonBlank(source.ContainerAbbreviation, source.Container);
        VancouverFormatter.Segment(builder, journal, onlineOnly && journal is not null ? " [Internet]" : string.Empty);

        var date = VancouverDates.Format(source.Year, source.Month, source.Day);
        if (onlineOnly)
        {
            date = string.Join(" ", new[] { date, VancouverFormatter.Cited(source) }.Where(s => s.Length > 0));
        }

        var serial = SerialIdentifier(source);
        var location = date.Length > 0 && serial.Length > 0 ? date + ";" + serial : date + serial;
        VancouverFormatter.Segment(builder, location);
        VancouverFormatter.AppendLocation(builder, source, includeUrl: onlineOnly);
    }

    // volume(issue):pages, with whatever is known: "79(20):5441–4", "79:12", "(20):5–9", "e23343".
    private static string SerialIdentifier(Source source)
    {
        var volume = source.Volume?.Trim() ?? string.Empty;
        var issue = string.IsNullOrWhiteSpace(source.Issue) ? string.Empty : "(" + source.Issue.Trim() + ")";
        var pages = VancouverPages.Elide(source.Pages);
        var volumeIssue = volume + issue;
        return volumeIssue.Length > 0 && pages.Length > 0 ? volumeIssue + ":" + pages : volumeIssue + pages;
    }

    private static string? FirstNonBlank(params string?[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).FirstOrDefault();
}
