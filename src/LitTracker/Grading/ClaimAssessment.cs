namespace LitTracker.Grading;

/// <summary>The computed verdict, flags and SORT strength of one claim.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Flags">Flags on top of it.</param>
/// <param name="BestSupportingGrade">Best grade among live (not retracted) supporting citations; Unspecified when none.</param>
/// <param name="Sort">SORT strength.</param>
/// <param name="CitedByArticle">The article itself ties a source or reference to the claim.</param>
public sealed record ClaimAssessment(
    Verdict Verdict,
    ClaimFlags Flags,
    Certainty BestSupportingGrade,
    SortStrength Sort,
    bool CitedByArticle);
