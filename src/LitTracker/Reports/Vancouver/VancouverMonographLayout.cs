using LitTracker.Reports.Text;
using LitTracker.Sources;

namespace LitTracker.Reports.Vancouver;

/// <summary>Web pages, reports, books, chapters and notices: title [Internet], publisher; date [cited], URL.</summary>
internal static class VancouverMonographLayout
{
    public static void Write(RichTextBuilder builder, Source source)
    {
        var hasUrl = !string.IsNullOrWhiteSpace(source.Url);
        VancouverFormatter.Segment(builder, source.Title, hasUrl ? " [Internet]" : string.Empty);

        string? publisher;
        if (source.Type == SourceType.BookChapter)
        {
            var book = Blank(source.Container);
            VancouverFormatter.Segment(builder, book is null ? null : "In: " + book);
            publisher = Blank(source.Publisher);
        }
        else
        {
            publisher = Blank(source.Publisher) ?? Blank(source.Container);
        }

        // Citing Medicine dates reports by year and month, other monographs by year.
        var date = VancouverDates.Format(source.Year, source.Type == SourceType.Report ? source.Month : null);
        date = string.Join(" ", new[] { date, VancouverFormatter.Cited(source) }.Where(s => s.Length > 0));
        var published = publisher is not null && date.Length > 0 ? publisher + "; " + date : publisher ?? date;
        VancouverFormatter.Segment(builder, published);

        if (source.Type == SourceType.BookChapter && !string.IsNullOrWhiteSpace(source.Pages))
        {
            VancouverFormatter.Segment(builder, "p. " + VancouverPages.Elide(source.Pages));
        }

        VancouverFormatter.AppendLocation(builder, source, includeUrl: true);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
