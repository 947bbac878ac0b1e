using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Citations;

/// <summary>Reads the audit trail of a claim's citations.</summary>
public sealed class HistoryService(LitTrackerDbContext db)
{
    /// <summary>Every change to the citations of a claim (by id or key), oldest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForClaimAsync(string claim, CancellationToken ct = default)
    {
        var claimId = await IdOrKey.ClaimAsync(db, claim, ct).ConfigureAwait(false);
        return await db.CitationChanges.AsNoTracking()
            .Where(h => h.ClaimId == claimId)
            .OrderBy(h => h.Id)
            .Join(db.Sources, h => h.SourceId, s => s.Id, (h, s) => new HistoryEntry(h, s.Key, s.Title))
            .ToListAsync(ct).ConfigureAwait(false);
    }
}
