using LitTracker.Checking;
using LitTracker.Persistence;
using LitTracker.Web.Paging;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Articles;

/// <summary>
/// The article list: sorted and paged in SQL; only the articles on the page are checked for their
/// verdict counts.
/// </summary>
public sealed class ArticleQuery(LitTrackerDbContext db, CheckService check)
{
    /// <summary>The sort fields; the first is the default.</summary>
    public static readonly string[] Sorts = ["key", "title", "published"];

    /// <summary>One page of articles with claim counts per verdict, and the total count.</summary>
    public async Task<Paged<ArticleListItem>> PageAsync(PageSpec spec, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var query = db.Articles.AsNoTracking();
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var ordered = spec.Field switch
        {
            "title" => query.OrderBy(a => a.Title, spec.Descending),
            "published" => query.OrderBy(a => a.PublishedOn, spec.Descending),
            _ => query.OrderBy(a => a.Key, spec.Descending),
        };
        var rows = await ordered.ThenBy(a => a.Id).Skip(spec.Skip).Take(spec.PageSize)
            .Select(a => new
            {
                a.Id,
                a.Key,
                a.Title,
                a.Site,
                a.PublishedOn,
                Claims = a.Claims.Count,
                References = a.References.Count,
                Unresolved = a.References.Count(r => r.SourceId == null),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var report = await check.CheckArticlesAsync(rows.Select(r => r.Id).ToList(), ct).ConfigureAwait(false);
        var counts = report.Articles.ToDictionary(a => a.Id, a => ArticleResponses.VerdictCounts(a.Claims));
        var items = rows.Select(a => new ArticleListItem(a.Id, a.Key, a.Title, a.Site, a.PublishedOn, a.Claims, a.References, a.Unresolved,
            counts.TryGetValue(a.Id, out var c) ? c : ArticleResponses.VerdictCounts([]))).ToList();
        return spec.Result(items, total);
    }
}
