using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Checking;

/// <summary>A citation as reports show it, with its source loaded (notices included).</summary>
/// <param name="Id">Citation id.</param>
/// <param name="Source">The cited source (detached, read-only).</param>
/// <param name="Origin">Article or reviewer.</param>
/// <param name="Stance">Stance.</param>
/// <param name="Grade">GRADE certainty.</param>
/// <param name="Outcome">Patient- or disease-oriented evidence.</param>
/// <param name="Locator">Page, section or quoted passage.</param>
/// <param name="Rationale">Why this stance and grade.</param>
/// <param name="By">Who graded it.</param>
/// <param name="At">When (UTC).</param>
public sealed record CitationView(
    int Id,
    Source Source,
    CitationOrigin Origin,
    Stance Stance,
    Certainty Grade,
    Outcome Outcome,
    string? Locator,
    string? Rationale,
    string By,
    DateTime At);
