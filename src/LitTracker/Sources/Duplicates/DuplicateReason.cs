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

    /// <summary>
    /// Two different PMIDs on records with the same first author, year and title (typically the PMID
    /// of the article's erratum exported in its place): proposed by <c>duplicates list</c> for a person
    /// to decide, never merged or skipped on import.
    /// </summary>
    SameTitleDifferentPmid,
}
