namespace LitTracker.Citations;

/// <summary>Who tied a source to a claim.</summary>
public enum CitationOrigin
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>The article itself cites the source for the claim.</summary>
    Article,

    /// <summary>A reviewer added the source as evidence.</summary>
    Reviewer,
}
