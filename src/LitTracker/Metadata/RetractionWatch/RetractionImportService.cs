using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata.RetractionWatch;

/// <summary>
/// Imports the Retraction Watch export: each row whose original paper (by DOI, else PMID) is a
/// stored source adds its notice (origin <c>retraction-watch</c>) unless that notice is already
/// there. Streams the file; all changes commit in one transaction, so an interrupted import writes nothing.
/// </summary>
public sealed class RetractionImportService(LitTrackerDbContext db)
{
    /// <summary>Reads the CSV from <paramref name="reader"/> and records the notices of stored sources.</summary>
    public async Task<RetractionImportSummary> ImportAsync(TextReader reader, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Only identifiers are held in memory; the few matched sources are loaded when first hit.
        var byDoi = new Dictionary<Doi, int>();
        var byPmid = new Dictionary<Pmid, int>();
        foreach (var (id, doi, pmid) in await db.Sources.AsNoTracking().Where(s => s.Doi != null || s.Pmid != null)
            .Select(s => new ValueTuple<int, Doi?, Pmid?>(s.Id, s.Doi, s.Pmid)).ToListAsync(ct).ConfigureAwait(false))
        {
            if (doi is { } d)
            {
                byDoi[d] = id;
            }

            if (pmid is { } p)
            {
                byPmid[p] = id;
            }
        }

        var issues = new List<MetadataIssue>();
        var loaded = new Dictionary<int, Source>();
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        int rows = 0, matched = 0, added = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            foreach (var record in RetractionWatchReader.Read(reader, issues))
            {
                ct.ThrowIfCancellationRequested();
                rows++;
                var ids = new HashSet<int>();
                if (record.OriginalPaperDoi is { } doi && byDoi.TryGetValue(doi, out var byDoiId))
                {
                    ids.Add(byDoiId);
                }

                if (record.OriginalPaperPmid is { } pmid && byPmid.TryGetValue(pmid, out var byPmidId))
                {
                    ids.Add(byPmidId);
                }

                if (ids.Count == 0)
                {
                    continue;
                }

                matched++;
                if (record.Nature == NoticeType.Unspecified)
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    if (!loaded.TryGetValue(id, out var source))
                    {
                        source = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == id, ct).ConfigureAwait(false);
                        loaded[id] = source;
                    }

                    if (SourceMerger.AddNotices(source, [record.ToNotice()]) > 0)
                    {
                        added++;
                        changed.Add(source.Key);
                    }
                }
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new RetractionImportSummary(rows, matched, added, [.. changed], issues);
    }
}
