namespace LitTracker.Reports.Bibliography;

/// <summary>Which works a bibliography lists.</summary>
public enum BibliographyScope
{
    /// <summary>Not chosen; treated as <see cref="All"/>.</summary>
    Unspecified = 0,

    /// <summary>The article's own references, then the evidence reviewers added.</summary>
    All,

    /// <summary>Only what the article itself cites (its printed list, or its article-origin citations).</summary>
    Article,

    /// <summary>Only the sources reviewers added as evidence.</summary>
    Reviewer,
}
