namespace LitTracker.Sources.Duplicates;

/// <summary>Why two sources are taken for the same work.</summary>
public enum DuplicateReason
{
    /// <summary>Not a duplicate.</summary>
    Unspecified = 0,

    /// <summary>The same canonical DOI.</summary>
    SameDoi,

    /// <summary>The same PMID.</summary>
    SamePmid,

    /// <summary>Similar normalised titles, years at most one apart and the same first-author surname.</summary>
    SimilarTitle,
}
