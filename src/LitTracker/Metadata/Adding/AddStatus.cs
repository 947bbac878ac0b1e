namespace LitTracker.Metadata.Adding;

/// <summary>What became of one identifier given to <see cref="AddService"/>.</summary>
public enum AddStatus
{
    /// <summary>Not set (reserved).</summary>
    Unspecified = 0,

    /// <summary>A new source was stored.</summary>
    Added,

    /// <summary>The DOI or PMID is already stored; nothing was written.</summary>
    AlreadyStored,

    /// <summary>The text is not a DOI or PMID.</summary>
    InvalidIdentifier,

    /// <summary>No registry has a record for it.</summary>
    NotFound,

    /// <summary>The registries could not be reached or answered unusably; nothing was written.</summary>
    Failed,
}
