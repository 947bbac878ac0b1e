namespace LitTracker.Import;

/// <summary>What an import does with a record that duplicates a stored source (or an earlier record of the same run).</summary>
public enum DuplicateAction
{
    /// <summary>Not given: <see cref="Skip"/>.</summary>
    Unspecified = 0,

    /// <summary>Leave the stored source as it is and drop the record.</summary>
    Skip,

    /// <summary>Fill the stored source's gaps from the record (most complete value wins; a person's edits are kept).</summary>
    Merge,

    /// <summary>
    /// Store the record as a new source anyway. Only possible for title matches: a DOI or PMID is
    /// stored once, so a record repeating one is skipped with a warning.
    /// </summary>
    Keep,
}
