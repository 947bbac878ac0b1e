namespace LitTracker.Metadata.Cache;

/// <summary>
/// A raw registry response kept with its fetch time, so enrichment can re-map offline and tests and
/// the demo never need the network. One row per (service, identifier): a refetch replaces it.
/// </summary>
public sealed class CachedResponse
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary><c>crossref</c> or <c>pubmed</c>.</summary>
    public string Service { get; set; } = string.Empty;

    /// <summary>The identifier asked for, canonical (a DOI or a PMID).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The URL fetched.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; set; }

    /// <summary>Content type of the body.</summary>
    public string? ContentType { get; set; }

    /// <summary>The body exactly as received.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>When it was fetched (UTC).</summary>
    public DateTime FetchedAt { get; set; }
}
