using LitTracker.Reports.Text;
using LitTracker.Sources;

namespace LitTracker.Reports.Vancouver;

/// <summary>
/// Formats a <see cref="Source"/> as one Vancouver bibliography entry (NLM <i>Citing Medicine</i>,
/// 2nd ed., as the ICMJE recommends), following the punctuation of the CSL styles
/// <c>nlm-citation-sequence</c> and <c>vancouver</c> as rendered by citeproc-js.
/// </summary>
/// <remarks>
/// <para>Journal articles and preprints:
/// <c>Authors. Title [Preprint]. Journal. 2019 Mar 5;12(3):525–38. doi:10.x/y</c>; the journal
/// abbreviation is preferred; missing parts are left out with their punctuation; with neither
/// volume nor issue the pages follow the date directly (<c>2019;e23343</c>, as the NLM CSL style
/// does). A journal article with a URL but no DOI, PMID or PMCID is cited as online-only:
/// <c>Journal [Internet]. 2019 [cited 2024 Jan 5];12:1–9. Available from: URL</c>.</para>
/// <para>Web pages, reports, books, regulatory notices and anything without a journal:
/// <c>Authors. Title [Internet]. Publisher; 2019 [cited 2024 Jan 5]. Available from: URL</c>
/// (the publisher falls back to the container; reports also show the month).</para>
/// <para>Retracted sources end with NLM's <c>Retraction in: doi:…</c> when the retraction or
/// withdrawal notice in force has a DOI, otherwise with <c>[Retracted]</c>, so a retraction is
/// never silent. Neither a DOI nor a URL is followed by a period.</para>
/// </remarks>
public static class VancouverFormatter
{
    /// <summary>The entry as formatted runs (DOI and URL runs carry links).</summary>
    public static RichText Format(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new RichTextBuilder();
        Segment(builder, VancouverNames.FormatList(source.Authors, source.AuthorsIncomplete));

        if (IsSerial(source))
        {
            VancouverSerialLayout.Write(builder, source);
        }
        else
        {
            VancouverMonographLayout.Write(builder, source);
        }

        AppendRetraction(builder, source);
        return builder.Build();
    }

    /// <summary>The entry as plain text (no escaping).</summary>
    public static string FormatPlainText(Source source) => RichTextRenderer.ToPlainText(Format(source));

    /// <summary>The entry as Markdown, escaped, with the DOI linked.</summary>
    public static string FormatMarkdown(Source source) => RichTextRenderer.ToMarkdown(Format(source));

    /// <summary>The entry as an HTML fragment, encoded, with the DOI linked.</summary>
    public static string FormatHtml(Source source) => RichTextRenderer.ToHtml(Format(source));

    /// <summary>Appends a part closed by a period, separated from what precedes it by a space.</summary>
    internal static void Segment(RichTextBuilder builder, string? text, string suffix = "")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        Space(builder);
        builder.Append(text.Trim()).Append(suffix).Terminate();
    }

    /// <summary>Appends a space unless the builder is empty.</summary>
    internal static void Space(RichTextBuilder builder)
    {
        if (!builder.IsEmpty)
        {
            builder.Append(" ");
        }
    }

    /// <summary>"Available from: URL" and/or "doi:…", each linked.</summary>
    internal static void AppendLocation(RichTextBuilder builder, Source source, bool includeUrl)
    {
        if (includeUrl && !string.IsNullOrWhiteSpace(source.Url))
        {
            var url = source.Url.Trim();
            Space(builder);
            builder.Append("Available from: ").Append(Html.IsSafeLink(url) ? TextRun.Link(url, url) : TextRun.Plain(url));
        }

        if (source.Doi is { } doi)
        {
            Space(builder);
            builder.Append(TextRun.Link("doi:" + doi.Value, doi.Url));
        }
    }

    /// <summary>"[cited 2024 Jan 5]" when the source has a URL and an access date.</summary>
    internal static string Cited(Source source) =>
        source.AccessedOn is { } accessed && !string.IsNullOrWhiteSpace(source.Url)
            ? "[cited " + VancouverDates.Format(accessed) + "]"
            : string.Empty;

    private static bool IsSerial(Source source) => source.Type switch
    {
        SourceType.JournalArticle or SourceType.Preprint => true,
        SourceType.Unspecified or SourceType.Other =>
            source.Design is not (StudyDesign.WebPage or StudyDesign.RegulatoryNotice)
            && !string.IsNullOrWhiteSpace(source.ContainerAbbreviation ?? source.Container)
            && string.IsNullOrWhiteSpace(source.Publisher),
        _ => false,
    };

    private static void AppendRetraction(RichTextBuilder builder, Source source)
    {
        if (!source.IsRetracted)
        {
            return;
        }

        var notice = source.Notices
            .Select((n, i) => (n, i))
            .Where(x => x.n.Type is NoticeType.Retraction or NoticeType.Withdrawal)
            .OrderBy(x => x.n.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.n)
            .LastOrDefault();
        Space(builder);
        if (notice?.NoticeDoi is { } doi)
        {
            builder.Append("Retraction in: ").Append(TextRun.Link("doi:" + doi.Value, doi.Url));
        }
        else
        {
            builder.Append("[Retracted]");
        }
    }
}
