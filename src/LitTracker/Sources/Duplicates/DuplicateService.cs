using LitTracker.Citations;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Finds duplicate sources in the library, merges a pair, or records that a pair is two works
/// (<see cref="DistinctPair"/>), after which it is never proposed again.
/// </summary>
public sealed class DuplicateService(LitTrackerDbContext db, TimeProvider clock)
{
    /// <summary>Every pair that <see cref="DuplicateRules"/> matches and no one has marked distinct, older source first.</summary>
    public async Task<IReadOnlyList<DuplicatePair>> ListAsync(CancellationToken ct = default)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Key, s.Doi, s.Pmid, s.TitleKey, s.Title, s.Year, s.Authors, s.Type })
            .ToListAsync(ct).ConfigureAwait(false);
        var distinct = (await db.DistinctPairs.AsNoTracking().Select(p => new { p.LowSourceId, p.HighSourceId }).ToListAsync(ct).ConfigureAwait(false))
            .Select(p => (p.LowSourceId, p.HighSourceId)).ToHashSet();
        var titles = sources.ToDictionary(s => s.Id, s => s.Title);
        var index = new DuplicateIndex();
        var pairs = new List<DuplicatePair>();
        foreach (var s in sources)
        {
            var candidate = DuplicateCandidate.FromTitleKey(s.Id, s.Key, s.Doi, s.Pmid, s.TitleKey, s.Year, s.Authors.FirstOrDefault(), s.Type);
            foreach (var older in index.Neighbours(candidate))
            {
                if (!distinct.Contains((older.Id, s.Id)) && DuplicateRules.Compare(older, candidate) is { } match)
                {
                    pairs.Add(new DuplicatePair(older.Id, older.Key, s.Id, s.Key, match, titles[older.Id], s.Title));
                }
            }

            index.Add(candidate);
        }

        return pairs;
    }

    /// <summary>
    /// Merges <paramref name="absorbedIdOrKey"/> into <paramref name="survivorIdOrKey"/> in one
    /// transaction: fields combine by <see cref="SourceCombiner"/>; every citation and reference of
    /// the absorbed source moves to the survivor (when the survivor already has a citation for the
    /// same claim and origin, the survivor's stays and the other is deleted, with its history
    /// recording why); then the absorbed source is deleted.
    /// </summary>
    /// <returns>The survivor as stored.</returns>
    public async Task<Source> MergeAsync(string survivorIdOrKey, string absorbedIdOrKey, string by, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var survivorId = await IdOrKey.SourceAsync(db, survivorIdOrKey, ct).ConfigureAwait(false);
        var absorbedId = await IdOrKey.SourceAsync(db, absorbedIdOrKey, ct).ConfigureAwait(false);
        if (survivorId == absorbedId)
        {
            throw LitTrackerException.Invalid("source", "A source cannot be merged into itself: name two different sources.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var survivor = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == survivorId, ct).ConfigureAwait(false);
        var absorbed = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == absorbedId, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var kept = await db.Citations.Where(c => c.SourceId == survivorId).Select(c => new { c.ClaimId, c.Origin }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var citation in await db.Citations.Where(c => c.SourceId == absorbedId).ToListAsync(ct).ConfigureAwait(false))
        {
            if (kept.Any(k => k.ClaimId == citation.ClaimId && k.Origin == citation.Origin))
            {
                var gone = CitationService.History(citation, ChangeKind.Deleted);
                gone.Rationale = $"Source '{absorbed.Key}' was merged into '{survivor.Key}' as a duplicate; the claim already cites '{survivor.Key}' with this origin, so that citation was kept. Removed: {citation.Rationale}".TrimEnd(' ', ':');
                gone.By = by;
                gone.At = now;
                db.CitationChanges.Add(gone);
                db.Citations.Remove(citation);
            }
            else
            {
                citation.SourceId = survivorId;
                var moved = CitationService.History(citation, ChangeKind.Changed);
                moved.Rationale = $"Moved from source '{absorbed.Key}', merged into '{survivor.Key}' as a duplicate.";
                moved.By = by;
                moved.At = now;
                db.CitationChanges.Add(moved);
            }
        }

        await db.References.Where(r => r.SourceId == absorbedId).ForEachAsync(r => r.SourceId = survivorId, ct).ConfigureAwait(false);

        // Deleted first: the survivor may take over the absorbed DOI or PMID, which are unique.
        db.Sources.Remove(absorbed);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        SourceCombiner.Combine(survivor, absorbed);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return survivor;
    }

    /// <summary>Records that two sources are different works; idempotent.</summary>
    public async Task MarkDistinctAsync(string aIdOrKey, string bIdOrKey, string by, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var a = await IdOrKey.SourceAsync(db, aIdOrKey, ct).ConfigureAwait(false);
        var b = await IdOrKey.SourceAsync(db, bIdOrKey, ct).ConfigureAwait(false);
        if (a == b)
        {
            throw LitTrackerException.Invalid("source", "A source is always the same work as itself: name two different sources.");
        }

        var (low, high) = a < b ? (a, b) : (b, a);
        if (await db.DistinctPairs.AnyAsync(p => p.LowSourceId == low && p.HighSourceId == high, ct).ConfigureAwait(false))
        {
            return;
        }

        db.DistinctPairs.Add(new DistinctPair { LowSourceId = low, HighSourceId = high, By = by, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
