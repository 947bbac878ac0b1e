using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Export;

/// <summary>Chooses the sources to export: those of an article, of a claim, or all of them.</summary>
public sealed class ExportService(LitTrackerDbContext db)
{
    /// <summary>Every source, by id.</summary>
    public async Task<IReadOnlyList<Source>> AllAsync(CancellationToken ct = default) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct).ConfigureAwait(false);

    /// <summary>
    /// The sources cited for the claims of an article, then its resolved references, each once, in
    /// that order. Rejected citations are left out: a reviewer said they do not belong. Throws NotFound.
    /// </summary>
    public async Task<IReadOnlyList<Source>> ForArticleAsync(string idOrKey, CancellationToken ct = default)
    {
        var articleId = await IdOrKey.ArticleAsync(db, idOrKey, ct).ConfigureAwait(false);
        var cited = await db.Citations.AsNoTracking()
            .Where(c => c.Claim!.ArticleId == articleId && c.Status != Claims.ReviewStatus.Rejected)
            .OrderBy(c => c.ClaimId).ThenBy(c => c.Id).Select(c => c.SourceId)
            .ToListAsync(ct).ConfigureAwait(false);
        var referenced = await db.References.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.SourceId != null)
            .OrderBy(r => r.Id).Select(r => r.SourceId!.Value)
            .ToListAsync(ct).ConfigureAwait(false);
        return await LoadAsync([.. cited, .. referenced], ct).ConfigureAwait(false);
    }

    /// <summary>The sources cited for a claim (rejected citations left out), each once. Throws NotFound.</summary>
    public async Task<IReadOnlyList<Source>> ForClaimAsync(string idOrKey, CancellationToken ct = default)
    {
        var claimId = await IdOrKey.ClaimAsync(db, idOrKey, ct).ConfigureAwait(false);
        var cited = await db.Citations.AsNoTracking()
            .Where(c => c.ClaimId == claimId && c.Status != Claims.ReviewStatus.Rejected)
            .OrderBy(c => c.Id).Select(c => c.SourceId)
            .ToListAsync(ct).ConfigureAwait(false);
        return await LoadAsync(cited, ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Source>> LoadAsync(List<int> ids, CancellationToken ct)
    {
        var order = ids.Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => order.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct).ConfigureAwait(false);
        return [.. order.Where(sources.ContainsKey).Select(id => sources[id])];
    }
}
