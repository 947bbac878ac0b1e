using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Grading;

namespace LitTracker.Web.Pages;

/// <summary>
/// <c>/articles/{id}</c>: the annotated article. With a stored body, the text with each claim's
/// span highlighted by verdict; always, each claim as a block in article order with its verdict,
/// flags and a side panel of its citations.
/// </summary>
public static class ArticlePage
{
    public static Task<IResult> RenderAsync(string id, ArticleService articles, CheckService check, CancellationToken ct) => PageEndpoints.Guard(async () =>
    {
        var article = await articles.GetAsync(id, ct).ConfigureAwait(false);
        var report = (await check.CheckAsync(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false)).Articles.Single();
        var meta = string.Join(" · ", new[] { article.Site, article.Author, article.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var body = Markup.Html($"""
            <h1>{article.Title}</h1>
            <p class="meta">{meta}{(LitTracker.Reports.Text.Html.IsSafeLink(article.Url) ? Markup.Html($" · <a href=\"{article.Url}\" rel=\"noopener noreferrer\">original</a>") : Markup.Empty)}</p>
            <p class="summary">{report.Claims.Count} claims: {Markup.Join(Badges.Order.Select(v => (v, n: report.Claims.Count(c => c.Assessment.Verdict == v))).Where(x => x.n > 0).Select(x => Markup.Html($"{Badges.VerdictBadge(x.v)} {x.n} ")))}</p>
            {DashboardPage.CoverageBar(report)}
            {Badges.Legend()}
            {(string.IsNullOrEmpty(article.Body) ? Markup.Html($"<p class=\"note\">The article's text is not stored (third-party text is not kept); its claims are shown below in article order, in our own words.</p>") : HighlightedBody(article, report))}
            <h2>Claims</h2>
            <ol class="claims">{Markup.Join(report.Claims.Select(Block))}</ol>
            <h2>Printed references</h2>
            <ol class="references">{Markup.Join(article.References.OrderBy(r => r.Position).Select(Reference))}</ol>
            <p><a href="/bibliography?article={article.Key}">Bibliography</a> · <a href="/evidence-map?article={article.Key}">Evidence map</a> · <a href="/api/reports/evidence?article={article.Key}&amp;format=html">Evidence table</a></p>
            """);
        return Layout.Page(article.Title, body);
    });

    private static Markup Block(ClaimCheck c)
    {
        var verdict = VocabularyNames.Name(c.Assessment.Verdict);
        var citations = c.Citations.Count == 0
            ? Markup.Html($"<p>No citation.</p>")
            : Markup.Html($"<ul>{Markup.Join(c.Citations.Select(x => Markup.Html($"<li>{Badges.StanceChip(x.Stance)} <a href=\"/sources/{x.Source.Key}\">{x.Source.Key}</a> · {Badges.Label(x.Grade)} · {Badges.Label(x.Origin)}{(x.Source.IsRetracted ? Markup.Html($" <strong class=\"retracted\">retracted</strong>") : Markup.Empty)}</li>")))}</ul>");
        return Markup.Html($"""
            <li class="claim v-{verdict}" id="claim-{c.Key}" data-verdict="{verdict}">
            <div class="claim-main">
            <p class="claim-head">{Badges.VerdictBadge(c.Assessment.Verdict)}{Badges.FlagBadges(c.Assessment.Flags)}</p>
            <p class="claim-text"><a href="/claims/{c.Key}">{c.Text}</a></p>
            <p class="claim-meta">{c.Locator} · {c.CategoryLabel} · {VocabularyNames.Label(c.Wording)} wording{(c.Absolute ? Markup.Html($" · absolute") : Markup.Empty)} · SORT {c.Assessment.Sort}</p>
            </div>
            <aside class="claim-side" aria-label="Citations of {c.Key}">
            <h3>Citations</h3>
            {citations}
            <p><a href="/claims/{c.Key}#cite">Add or change a citation</a></p>
            </aside>
            </li>
            """);
    }

    private static Markup Reference(Reference r) => Markup.Html($"""
        <li value="{r.Position}">{r.Text}{(r.Source is { } s ? Markup.Html($" → <a href=\"/sources/{s.Key}\">{s.Key}</a>") : Markup.Html($" <span class=\"unresolved\">[unresolved{(r.UnresolvedReason is null ? string.Empty : ": " + r.UnresolvedReason)}]</span>"))}</li>
        """);

    /// <summary>The body as text with claim spans marked by verdict; overlapping or out-of-range spans are skipped.</summary>
    public static Markup HighlightedBody(Article article, ArticleCheck report)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(report);
        var text = article.Body ?? string.Empty;
        var verdicts = report.Claims.ToDictionary(c => c.Id);
        var spans = article.Claims
            .Where(c => verdicts.ContainsKey(c.Id) && c.StartOffset is { } s && c.EndOffset is { } e && s >= 0 && e <= text.Length && s < e)
            .OrderBy(c => c.StartOffset).ToList();
        var parts = new List<Markup>();
        var at = 0;
        foreach (var claim in spans)
        {
            var start = claim.StartOffset!.Value;
            if (start < at)
            {
                continue;
            }

            var check = verdicts[claim.Id];
            var verdict = check.Assessment.Verdict;
            parts.Add(Markup.Html($"{text[at..start]}"));
            parts.Add(Markup.Html($"<a class=\"span v-{VocabularyNames.Name(verdict)}\" href=\"#claim-{claim.Key}\" title=\"{Badges.Label(verdict)}\"><mark>{text[start..claim.EndOffset!.Value]}</mark><span class=\"span-label\"> [{Badges.Icon(verdict)} {Badges.Label(verdict)}]</span></a>"));
            at = claim.EndOffset!.Value;
        }

        parts.Add(Markup.Html($"{text[at..]}"));
        return Markup.Html($"<section class=\"body\" aria-label=\"Article text\"><div class=\"body-text\">{Markup.Join(parts)}</div></section>");
    }
}
