using LitTracker.Metadata.Cache;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata.Enriching;

/// <summary>
/// Fills the blanks of stored sources from Crossref and PubMed (or, offline, from the fetch cache),
/// one transaction per source. Values the registries put there earlier are refreshed; any other
/// value (typed by a person, imported, seeded, or of unknown origin) is only ever filled when
/// empty, and a field a person owns is never touched (<see cref="SourceMerger"/>). Every changed
/// field records the registry it came from.
/// </summary>
public sealed class EnrichService(LitTrackerDbContext db, IMetadataRegistries registries, TimeProvider clock, bool crossLookups = true)
{
    private readonly MetadataLookup lookup = new(registries, crossLookups);

    /// <summary>Enriches the named sources (ids, keys, DOIs or pmid:N), or every source with a DOI or PMID when none are named.</summary>
    public async Task<IReadOnlyList<EnrichOutcome>> EnrichAsync(IReadOnlyList<string>? sources = null, Action<EnrichOutcome>? progress = null, CancellationToken ct = default)
    {
        List<int> ids;
        if (sources is { Count: > 0 })
        {
            ids = [];
            foreach (var s in sources)
            {
                ids.Add(await IdOrKey.SourceAsync(db, s, ct).ConfigureAwait(false));
            }
        }
        else
        {
            ids = await db.Sources.AsNoTracking().Where(s => s.Doi != null || s.Pmid != null).OrderBy(s => s.Key).Select(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
        }

        var outcomes = new List<EnrichOutcome>();
        foreach (var id in ids.Distinct())
        {
            var outcome = await EnrichOneAsync(id, ct).ConfigureAwait(false);
            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }

        return outcomes;
    }

    private async Task<EnrichOutcome> EnrichOneAsync(int id, CancellationToken ct)
    {
        var (key, doi, pmid) = await db.Sources.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new ValueTuple<string, Doi?, Pmid?>(s.Key, s.Doi, s.Pmid)).SingleAsync(ct).ConfigureAwait(false);
        if (doi is null && pmid is null)
        {
            return new EnrichOutcome(id, key, EnrichStatus.NoIdentifier, [], "no DOI or PMID to look up; skipped.", []);
        }

        var found = await lookup.LookupAsync(doi, pmid, ct).ConfigureAwait(false);
        if (found.Source is not { } fetched)
        {
            return new EnrichOutcome(id, key, found.NotFound ? EnrichStatus.NotFound : EnrichStatus.Failed, [], found.Failure ?? "No record.", found.Warnings);
        }

        var warnings = new List<string>(found.Warnings);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var stored = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == id, ct).ConfigureAwait(false);
            await DropTakenIdentifiersAsync(stored, fetched, found.Provenance, warnings, ct).ConfigureAwait(false);
            var changed = Merge(stored, fetched, found.Provenance);
            if (registries.IsOnline)
            {
                await CacheWriter.StageAsync(db, found.Responses, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            }

            warnings.AddRange(await NoticeTargets.ApplyAsync(db, stored, found.NoticeFor, ct).ConfigureAwait(false));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return changed.Count == 0
                ? new EnrichOutcome(id, key, EnrichStatus.Unchanged, [], "nothing new.", warnings)
                : new EnrichOutcome(id, key, EnrichStatus.Updated, changed, "updated " + string.Join(", ", changed.Select(f => Grading.VocabularyNames.Name(f))) + ".", warnings);
        }
        catch (DbUpdateException e)
        {
            return new EnrichOutcome(id, key, EnrichStatus.Failed, [], $"Could not store the changes ({e.InnerException?.Message ?? e.Message}); nothing was written.", warnings);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Merges per registry. A non-empty field whose value did not come from a registry counts as a
    /// person's for this merge, so it is kept; <see cref="SourceMerger"/> then never overwrites it.
    /// </summary>
    internal static IReadOnlyList<SourceField> Merge(Source stored, Source fetched, IReadOnlyDictionary<SourceField, FieldOrigin> fetchedOrigins)
    {
        var guard = new Dictionary<SourceField, FieldOrigin>(stored.Provenance);
        foreach (var field in SourceFieldValues.All.Where(f => f != SourceField.Notices && !SourceFieldValues.IsEmpty(stored, f)))
        {
            if (!guard.TryGetValue(field, out var origin) || origin is not (FieldOrigin.Crossref or FieldOrigin.PubMed))
            {
                guard[field] = FieldOrigin.Person;
            }
        }

        var changed = new SortedSet<SourceField>();
        foreach (var origin in new[] { FieldOrigin.PubMed, FieldOrigin.Crossref })
        {
            var part = new Source();
            foreach (var (field, from) in fetchedOrigins)
            {
                if (from == origin && field != SourceField.Notices)
                {
                    SourceFieldValues.Copy(fetched, part, field);
                }
            }

            if (origin == FieldOrigin.PubMed)
            {
                part.Notices = fetched.Notices;
            }

            changed.UnionWith(SourceMerger.Merge(stored, part, origin, guard));
        }

        var provenance = new Dictionary<SourceField, FieldOrigin>(stored.Provenance);
        foreach (var field in changed.Where(f => f != SourceField.Notices))
        {
            provenance[field] = guard[field];
        }

        stored.Provenance = provenance;
        return [.. changed];
    }

    // A DOI or PMID found for this source may already belong to another one (a duplicate to merge by hand).
    private async Task DropTakenIdentifiersAsync(Source stored, Source fetched, Dictionary<SourceField, FieldOrigin> origins, List<string> warnings, CancellationToken ct)
    {
        if (fetched.Doi is { } doi && stored.Doi != doi
            && await db.Sources.Where(s => s.Id != stored.Id && s.Doi == doi).Select(s => s.Key).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } byDoi)
        {
            warnings.Add($"DOI {doi} belongs to source '{byDoi}' too: a possible duplicate; the DOI was not copied.");
            fetched.Doi = null;
            origins.Remove(SourceField.Doi);
        }

        if (fetched.Pmid is { } pmid && stored.Pmid != pmid
            && await db.Sources.Where(s => s.Id != stored.Id && s.Pmid == pmid).Select(s => s.Key).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } byPmid)
        {
            warnings.Add($"PMID {pmid} belongs to source '{byPmid}' too: a possible duplicate; the PMID was not copied.");
            fetched.Pmid = null;
            origins.Remove(SourceField.Pmid);
        }
    }
}
