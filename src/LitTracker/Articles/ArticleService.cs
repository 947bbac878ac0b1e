using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Articles;

/// <summary>Lists and shows articles.</summary>
public sealed class ArticleService(LitTrackerDbContext db)
{
    /// <summary>All articles by key, with counts.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken ct = default) =>
        await db.Articles.AsNoTracking().OrderBy(a => a.Key)
            .Select(a => new ArticleSummary(a.Id, a.Key, a.Title, a.Site, a.PublishedOn, a.Claims.Count, a.References.Count, a.References.Count(r => r.SourceId == null)))
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>One article with its references (and their sources) and claims.</summary>
    public async Task<Article> GetAsync(string idOrKey, CancellationToken ct = default)
    {
        var id = await IdOrKey.ArticleAsync(db, idOrKey, ct).ConfigureAwait(false);
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.References.OrderBy(r => r.Position)).ThenInclude(r => r.Source)
            .Include(a => a.Claims.OrderBy(c => c.Id)).ThenInclude(c => c.References)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == id, ct).ConfigureAwait(false);
        return article;
    }
}
