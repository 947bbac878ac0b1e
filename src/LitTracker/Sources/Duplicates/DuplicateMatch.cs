namespace LitTracker.Sources.Duplicates;

/// <summary>The verdict that two sources are the same work.</summary>
/// <param name="Reason">The rule that matched.</param>
/// <param name="Score">1 for identifiers; the title score (0-1) for <see cref="DuplicateReason.SimilarTitle"/>.</param>
public sealed record DuplicateMatch(DuplicateReason Reason, double Score)
{
    /// <summary>True for a match that is only proposed for review (<c>duplicates list</c>) and never acted on automatically by an import.</summary>
    public bool IsProposalOnly => Reason == DuplicateReason.SameTitleDifferentPmid;
}
