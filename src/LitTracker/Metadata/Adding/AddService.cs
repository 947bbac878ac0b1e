using LitTracker.Metadata.Cache;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata.Adding;

/// <summary>
/// Adds papers by DOI or PMID: fetches Crossref and PubMed, caches the raw answers with their fetch
/// time, combines and maps them with each field's provenance, and stores each source in its own
/// transaction. A DOI or PMID already stored returns the existing source. In a batch, every
/// identifier gets an outcome and a failure never stops the others.
/// </summary>
public sealed class AddService : IDisposable
{
    private readonly LitTrackerDbContext db;
    private readonly IMetadataRegistries registries;
    private readonly TimeProvider clock;
    private readonly MetadataLookup lookup;

    // The context is not thread-safe; fetches run in parallel, database work one at a time.
    private readonly SemaphoreSlim dbLock = new(1, 1);

    /// <summary>Creates the service.</summary>
    /// <param name="db">The database.</param>
    /// <param name="registries">Where answers come from (network or cache).</param>
    /// <param name="clock">Stamps the fetch time of cached answers.</param>
    /// <param name="crossLookups">Also look a DOI up in PubMed and a PMID's DOI up in Crossref.</param>
    public AddService(LitTrackerDbContext db, IMetadataRegistries registries, TimeProvider clock, bool crossLookups = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(registries);
        ArgumentNullException.ThrowIfNull(clock);
        this.db = db;
        this.registries = registries;
        this.clock = clock;
        lookup = new MetadataLookup(registries, crossLookups);
    }

    /// <summary>Adds one identifier.</summary>
    public Task<AddOutcome> AddAsync(string identifier, CancellationToken ct = default) => AddOneAsync(identifier, ct);

    /// <summary>
    /// Adds many identifiers, up to <paramref name="parallelism"/> fetching at once (the registries'
    /// rate gates still apply). Outcomes come back in input order; <paramref name="progress"/> hears each as it completes.
    /// </summary>
    public async Task<IReadOnlyList<AddOutcome>> AddManyAsync(IReadOnlyList<string> identifiers, int parallelism = 4, Action<AddOutcome>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var outcomes = new AddOutcome[identifiers.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, identifiers.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                outcomes[i] = await AddOneAsync(identifiers[i], token).ConfigureAwait(false);
                progress?.Invoke(outcomes[i]);
            }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<AddOutcome> AddOneAsync(string identifier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var given = identifier.Trim();
        if (!MetadataId.TryParse(given, out var id))
        {
            return new AddOutcome(given, AddStatus.InvalidIdentifier, null, null,
                $"'{given}' is not a DOI or PMID: use 10.<registrant>/<suffix>, https://doi.org/…, pmid:N or a PubMed URL.", []);
        }

        if (await LockedAsync(() => FindAsync(id.Doi, id.Pmid, ct), ct).ConfigureAwait(false) is { } existing)
        {
            return Existing(given, existing);
        }

        var found = await lookup.LookupAsync(id.Doi, id.Pmid, ct).ConfigureAwait(false);
        if (found.Source is not { } source)
        {
            return new AddOutcome(given, found.NotFound ? AddStatus.NotFound : AddStatus.Failed, null, null, found.Failure ?? "No record.", found.Warnings);
        }

        return await LockedAsync(() => StoreAsync(given, source, found, ct), ct).ConfigureAwait(false);
    }

    private async Task<AddOutcome> StoreAsync(string given, Source source, LookupResult found, CancellationToken ct)
    {
        // The fetched record may carry the other identifier of a source already stored.
        if (await FindAsync(source.Doi, source.Pmid, ct).ConfigureAwait(false) is { } existing)
        {
            return Existing(given, existing);
        }

        var warnings = new List<string>(found.Warnings);
        source.Provenance = new Dictionary<SourceField, FieldOrigin>(found.Provenance);
        source.Key = await SourceService.NewKeyAsync(db, source, ct).ConfigureAwait(false);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            db.Sources.Add(source);
            await CacheWriter.StageAsync(db, found.Responses, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            warnings.AddRange(await NoticeTargets.ApplyAsync(db, source, found.NoticeFor, ct).ConfigureAwait(false));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException e)
        {
            return new AddOutcome(given, AddStatus.Failed, null, null, $"Could not store the source ({e.InnerException?.Message ?? e.Message}); nothing was written.", warnings);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        var retracted = source.IsRetracted ? " [RETRACTED]" : string.Empty;
        return new AddOutcome(given, AddStatus.Added, source.Id, source.Key, $"added '{source.Key}': {source.Title}{retracted}", warnings);
    }

    private Task<(int Id, string Key)?> FindAsync(Doi? doi, Pmid? pmid, CancellationToken ct) =>
        db.Sources.AsNoTracking()
            .Where(s => (doi != null && s.Doi == doi) || (pmid != null && s.Pmid == pmid))
            .Select(s => ((int Id, string Key)?)new ValueTuple<int, string>(s.Id, s.Key))
            .FirstOrDefaultAsync(ct);

    private static AddOutcome Existing(string given, (int Id, string Key) existing) =>
        new(given, AddStatus.AlreadyStored, existing.Id, existing.Key, $"already stored as '{existing.Key}'; nothing written (use 'littracker enrich --source {existing.Key}' to refresh it).", []);

    /// <inheritdoc />
    public void Dispose() => dbLock.Dispose();

    private async Task<T> LockedAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        await dbLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            dbLock.Release();
        }
    }
}
