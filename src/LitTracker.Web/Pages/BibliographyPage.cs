using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Reports.Bibliography;
using LitTracker.Reports.Text;
using LitTracker.Web.Reports;

namespace LitTracker.Web.Pages;

/// <summary><c>/bibliography</c>: an article's numbered bibliography with a style switcher, copy and downloads in every format.</summary>
public static class BibliographyPage
{
    private static readonly string[] EvidenceFormats = ["md", "html", "csv", "json"];

    public static Task<IResult> RenderAsync(ArticleService articles, CheckService check, CancellationToken ct, string? article = null, string? style = null) => PageEndpoints.Guard(async () =>
    {
        var list = await articles.ListAsync(ct).ConfigureAwait(false);
        var chosen = string.IsNullOrWhiteSpace(article) ? (list.Count > 0 ? list[0].Key : null) : article.Trim();
        var chosenStyle = ReportEndpoints.Styles.Contains(style ?? string.Empty) ? style! : ReportEndpoints.Styles[0];
        if (chosen is null)
        {
            return Layout.Page("Bibliography", Markup.Html($"<h1>Bibliography</h1><p>No article yet.</p>"));
        }

        var report = (await check.CheckAsync(chosen, ct).ConfigureAwait(false)).Articles.Single();
        var section = BibliographyBuilder.ForArticle(report);
        var items = section.Entries.Select(e => e.Source is { } s
            ? Markup.Trusted("<li>" + RichTextRenderer.ToHtml(BibliographyWriter.FormatSource(s, LitTracker.Reports.Csl.CslStyles.Shipped(chosenStyle))) + "</li>")
            : Markup.Html($"<li>{e.PrintedText} <span class=\"unresolved\">{BibliographyWriter.UnresolvedMarker(e.UnresolvedReason)}</span></li>"));
        using var plain = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BibliographyWriter.Write(plain, [section], BibliographyFormat.Txt);
        var query = $"article={Uri.EscapeDataString(report.Key)}&style={chosenStyle}";
        var body = Markup.Html($"""
            <h1>Bibliography</h1>
            <form method="get" action="/bibliography" class="inline">
            <p><label for="b-article">Article</label>
            <select id="b-article" name="article">{Markup.Join(list.Select(a => Markup.Html($"<option value=\"{a.Key}\"{(a.Key == report.Key ? Markup.Html($" selected") : Markup.Empty)}>{a.Title}</option>")))}</select>
            <label for="b-style">Style</label>
            <select id="b-style" name="style">{Markup.Join(ReportEndpoints.Styles.Select(s => Markup.Html($"<option value=\"{s}\"{(s == chosenStyle ? Markup.Html($" selected") : Markup.Empty)}>{s}</option>")))}</select>
            <button type="submit">Show</button></p>
            </form>
            <h2>{report.Title}</h2>
            <ol class="bibliography" id="bibliography">{Markup.Join(items)}</ol>
            <p><button type="button" class="copy" data-copy="bibliography-text">Copy as text</button> <span class="copy-status" role="status"></span></p>
            <textarea id="bibliography-text" class="copy-source" readonly rows="6" aria-label="Bibliography as plain text">{plain.ToString()}</textarea>
            <p>Download: {Markup.Join(BibliographyFormats.Names.Select(f => Markup.Html($"<a href=\"/api/reports/bibliography?{query}&amp;format={f}\">{f}</a> ")))}
            · Evidence table: {Markup.Join(EvidenceFormats.Select(f => Markup.Html($"<a href=\"/api/reports/evidence?article={report.Key}&amp;format={f}\">{f}</a> ")))}</p>
            """);
        return Layout.Page("Bibliography", body);
    });
}
