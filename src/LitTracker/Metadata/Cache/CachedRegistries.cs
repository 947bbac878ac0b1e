using LitTracker.Metadata.Http;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata.Cache;

/// <summary>Answers registry calls from the fetch cache only: no network, for <c>enrich --offline</c>.</summary>
public sealed class CachedRegistries(LitTrackerDbContext db) : IMetadataRegistries
{
    /// <inheritdoc />
    public bool IsOnline => false;

    /// <inheritdoc />
    public Task<RawResponse> CrossrefWorkAsync(Doi doi, CancellationToken cancellationToken) => FindAsync(CacheServices.Crossref, doi.Value, cancellationToken);

    /// <inheritdoc />
    public Task<RawResponse> PubMedRecordAsync(Pmid pmid, CancellationToken cancellationToken) => FindAsync(CacheServices.PubMed, pmid.ToString(), cancellationToken);

    /// <inheritdoc />
    public Task<RawResponse> PubMedSearchAsync(Doi doi, CancellationToken cancellationToken) => FindAsync(CacheServices.PubMedDoiSearch, doi.Value, cancellationToken);

    private async Task<RawResponse> FindAsync(string service, string key, CancellationToken cancellationToken)
    {
        var row = await db.FetchCache.AsNoTracking().FirstOrDefaultAsync(r => r.Service == service && r.Key == key, cancellationToken).ConfigureAwait(false);
        return row is null
            ? new RawResponse(new Uri("cache:" + service + "/" + Uri.EscapeDataString(key)), 0, null, string.Empty, $"No cached {service} answer for {key}; run without --offline to fetch it.")
            : new RawResponse(new Uri(row.Url), row.StatusCode, row.ContentType, row.Body, null);
    }
}
