using LitTracker.Metadata.Http;
using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// Where raw registry answers come from: the network (<see cref="OnlineRegistries"/>) or the
/// fetch cache (<see cref="Cache.CachedRegistries"/>, for offline re-mapping).
/// </summary>
public interface IMetadataRegistries
{
    /// <summary>True when answers come from the network (and so are worth caching).</summary>
    bool IsOnline { get; }

    /// <summary>Crossref <c>/works/{doi}</c>.</summary>
    Task<RawResponse> CrossrefWorkAsync(Doi doi, CancellationToken cancellationToken);

    /// <summary>PubMed efetch of one record (XML).</summary>
    Task<RawResponse> PubMedRecordAsync(Pmid pmid, CancellationToken cancellationToken);

    /// <summary>PubMed esearch for the record with this DOI (XML).</summary>
    Task<RawResponse> PubMedSearchAsync(Doi doi, CancellationToken cancellationToken);
}
