namespace LitTracker.Metadata;

/// <summary>The outcome of turning a registry response into sources.</summary>
public enum MappingStatus
{
    /// <summary>Not set (reserved).</summary>
    Unspecified = 0,

    /// <summary>At least one record was mapped (some may still have been skipped with issues).</summary>
    Mapped,

    /// <summary>The registry has no such record (Crossref 404, an empty PubMed result).</summary>
    NotFound,

    /// <summary>The registry answered with an error message of its own (bad parameter, rate limit…).</summary>
    ServiceError,

    /// <summary>The body could not be read: not JSON/XML, truncated, or a different kind of document.</summary>
    Invalid,
}
