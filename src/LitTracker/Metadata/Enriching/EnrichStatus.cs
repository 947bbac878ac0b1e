namespace LitTracker.Metadata.Enriching;

/// <summary>What <see cref="EnrichService"/> did to one source.</summary>
public enum EnrichStatus
{
    /// <summary>Not set (reserved).</summary>
    Unspecified = 0,

    /// <summary>At least one field or notice changed.</summary>
    Updated,

    /// <summary>The registries had nothing new.</summary>
    Unchanged,

    /// <summary>The source has neither DOI nor PMID, so there is nothing to look up.</summary>
    NoIdentifier,

    /// <summary>No registry has a record for its identifiers.</summary>
    NotFound,

    /// <summary>The registries (or the cache, offline) could not answer; nothing was written.</summary>
    Failed,
}
