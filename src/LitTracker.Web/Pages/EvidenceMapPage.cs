using System.Globalization;
using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Grading;

namespace LitTracker.Web.Pages;

/// <summary>
/// <c>/evidence-map</c>: claim categories (rows) × GRADE certainty (columns), each cell showing the
/// citations by stance as coloured, counted marks (SVG), with the same numbers as a table.
/// </summary>
public static class EvidenceMapPage
{
    private static readonly Certainty[] Grades = [Certainty.High, Certainty.Moderate, Certainty.Low, Certainty.VeryLow];
    private static readonly Stance[] Stances = [Stance.Supports, Stance.Contradicts, Stance.Mixed, Stance.DoesNotAddress];

    public static Task<IResult> RenderAsync(ArticleService articles, CheckService check, CancellationToken ct, string? article = null) => PageEndpoints.Guard(async () =>
    {
        var list = await articles.ListAsync(ct).ConfigureAwait(false);
        var chosen = string.IsNullOrWhiteSpace(article) ? null : article.Trim();
        var report = await check.CheckAsync(chosen, ct).ConfigureAwait(false);
        var claims = report.Articles.SelectMany(a => a.Claims).ToList();
        var categories = claims.Select(c => (c.Category, c.CategoryLabel)).Distinct().OrderBy(c => c.CategoryLabel, StringComparer.Ordinal).ToList();
        int Count(string category, Certainty grade, Stance stance) =>
            claims.Where(c => c.Category == category).SelectMany(c => c.Citations).Count(x => x.Grade == grade && x.Stance == stance);

        const int labelWidth = 220, cell = 120, row = 44, head = 30;
        var width = labelWidth + (cell * Grades.Length);
        var height = head + (row * Math.Max(1, categories.Count));
        var svg = new List<Markup>();
        for (var g = 0; g < Grades.Length; g++)
        {
            svg.Add(Markup.Html($"<text class=\"axis\" x=\"{labelWidth + (g * cell) + (cell / 2)}\" y=\"20\" text-anchor=\"middle\">{Badges.Label(Grades[g])}</text>"));
        }

        for (var r = 0; r < categories.Count; r++)
        {
            var y = head + (r * row);
            svg.Add(Markup.Html($"<text class=\"axis\" x=\"4\" y=\"{y + 26}\">{categories[r].CategoryLabel}</text>"));
            for (var g = 0; g < Grades.Length; g++)
            {
                var x = labelWidth + (g * cell);
                svg.Add(Markup.Html($"<rect class=\"cell\" x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{row}\"></rect>"));
                var offset = 6;
                foreach (var stance in Stances)
                {
                    var n = Count(categories[r].Category, Grades[g], stance);
                    if (n == 0)
                    {
                        continue;
                    }

                    var radius = Math.Min(12, 5 + n).ToString(CultureInfo.InvariantCulture);
                    svg.Add(Markup.Html($"<g class=\"mark s-{VocabularyNames.Name(stance)}\"><title>{categories[r].CategoryLabel}, {Badges.Label(Grades[g])}: {n} {VocabularyNames.Label(stance)}</title><circle cx=\"{x + offset + 12}\" cy=\"{y + 22}\" r=\"{radius}\"></circle><text x=\"{x + offset + 12}\" y=\"{y + 26}\" text-anchor=\"middle\">{n}</text></g>"));
                    offset += 28;
                }
            }
        }

        var table = Markup.Join(categories.Select(c => Markup.Html($"<tr><th scope=\"row\">{c.CategoryLabel}</th>{Markup.Join(Grades.Select(g => Markup.Html($"<td>{string.Join(", ", Stances.Select(s => (s, n: Count(c.Category, g, s))).Where(x => x.n > 0).Select(x => $"{x.n} {VocabularyNames.Label(x.s)}"))}</td>")))}</tr>")));
        var body = Markup.Html($"""
            <h1>Evidence map</h1>
            <form method="get" action="/evidence-map" class="inline"><p><label for="m-article">Article</label>
            <select id="m-article" name="article"><option value="">All articles</option>{Markup.Join(list.Select(a => Markup.Html($"<option value=\"{a.Key}\"{(a.Key == chosen ? Markup.Html($" selected") : Markup.Empty)}>{a.Title}</option>")))}</select>
            <button type="submit">Show</button></p></form>
            <p>Citations by claim category and GRADE certainty; each mark is labelled with its count and coloured by stance:
            {Markup.Join(Stances.Select(s => Markup.Html($"{Badges.StanceChip(s)} ")))}</p>
            <div class="map-wrap"><svg class="evidence-map" viewBox="0 0 {width} {height}" role="img" aria-labelledby="map-desc"><desc id="map-desc">Evidence map: the table below holds the same numbers.</desc>{Markup.Join(svg)}</svg></div>
            <div class="table-wrap"><table><caption>The same data as a table</caption>
            <thead><tr><th scope="col">Category</th>{Markup.Join(Grades.Select(g => Markup.Html($"<th scope=\"col\">{Badges.Label(g)}</th>")))}</tr></thead>
            <tbody>{table}</tbody></table></div>
            """);
        return Layout.Page("Evidence map", body);
    });
}
