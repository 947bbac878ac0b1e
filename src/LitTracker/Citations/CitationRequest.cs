using LitTracker.Grading;

namespace LitTracker.Citations;

/// <summary>
/// A request to cite a source for a claim, or to change that citation. Null fields keep the stored
/// value when changing; when creating, a null grade takes the study design's starting level.
/// </summary>
/// <param name="Claim">Claim id or key.</param>
/// <param name="Source">Source id, key, DOI or pmid:N.</param>
/// <param name="Stance">What the source says (required when creating).</param>
/// <param name="Grade">GRADE certainty.</param>
/// <param name="Outcome">Patient- or disease-oriented evidence.</param>
/// <param name="Locator">Page, section or quoted passage.</param>
/// <param name="Rationale">Why; required when the grade differs from the design's starting level.</param>
/// <param name="Origin">Article or reviewer (default reviewer).</param>
/// <param name="By">Who is making the change.</param>
/// <param name="ExpectedVersion">When set, the change is refused if someone else changed the citation since.</param>
public sealed record CitationRequest(
    string Claim,
    string Source,
    Stance? Stance,
    Certainty? Grade,
    Outcome? Outcome,
    string? Locator,
    string? Rationale,
    CitationOrigin Origin,
    string By,
    int? ExpectedVersion = null);
