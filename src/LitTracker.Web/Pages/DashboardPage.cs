using System.Globalization;
using LitTracker.Checking;
using LitTracker.Grading;

namespace LitTracker.Web.Pages;

/// <summary><c>/</c>: every article with its claims counted per verdict and a coverage bar.</summary>
public static class DashboardPage
{
    public static Task<IResult> RenderAsync(CheckService check, CancellationToken ct) => PageEndpoints.Guard(async () =>
    {
        var report = await check.CheckAsync(null, ct).ConfigureAwait(false);
        var rows = report.Articles.Select(a =>
        {
            var sourced = a.Claims.Count(c => c.Assessment.Verdict != Verdict.Unsourced);
            var percent = a.Claims.Count == 0 ? 0 : sourced * 100 / a.Claims.Count;
            return Markup.Html($"""
                <tr>
                <th scope="row"><a href="/articles/{a.Key}">{a.Title}</a><br><small>{a.Key}</small></th>
                <td class="num">{a.Claims.Count}</td>
                {Markup.Join(Badges.Order.Select(v => Markup.Html($"<td class=\"num\">{a.Claims.Count(c => c.Assessment.Verdict == v)}</td>")))}
                <td>{CoverageBar(a)}<span class="coverage-text">{percent}% of claims have supporting evidence</span></td>
                </tr>
                """);
        });
        var body = Markup.Html($"""
            <h1>Articles</h1>
            <p>Each claim's verdict is computed from its citations. Open an article to see its claims highlighted by verdict.</p>
            <div class="table-wrap"><table class="dashboard">
            <caption>Claims per verdict</caption>
            <thead><tr><th scope="col">Article</th><th scope="col">Claims</th>
            {Markup.Join(Badges.Order.Select(v => Markup.Html($"<th scope=\"col\">{Badges.VerdictBadge(v)}</th>")))}
            <th scope="col">Coverage</th></tr></thead>
            <tbody>{Markup.Join(rows)}</tbody>
            </table></div>
            {Badges.Legend()}
            """);
        return Layout.Page("Articles", body);
    });

    /// <summary>A stacked bar of the article's verdicts (SVG, each part titled with its count).</summary>
    public static Markup CoverageBar(ArticleCheck article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var total = Math.Max(1, article.Claims.Count);
        var x = 0.0;
        var parts = new List<Markup>();
        foreach (var verdict in Badges.Order)
        {
            var count = article.Claims.Count(c => c.Assessment.Verdict == verdict);
            if (count == 0)
            {
                continue;
            }

            var width = count * 100.0 / total;
            parts.Add(Markup.Html($"<rect class=\"v-{VocabularyNames.Name(verdict)}\" x=\"{x.ToString("0.##", CultureInfo.InvariantCulture)}\" y=\"0\" width=\"{width.ToString("0.##", CultureInfo.InvariantCulture)}\" height=\"10\"><title>{Badges.Label(verdict)}: {count}</title></rect>"));
            x += width;
        }

        return Markup.Html($"<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Verdicts of {article.Claims.Count} claims\">{Markup.Join(parts)}</svg>");
    }
}
