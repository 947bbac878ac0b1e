using LitTracker.Citations;
using LitTracker.Sources;

namespace LitTracker.Grading;

/// <summary>What the verdict rules need to know about one citation of a claim.</summary>
/// <param name="Stance">What the source says about the claim.</param>
/// <param name="Grade">GRADE certainty given for this claim.</param>
/// <param name="Origin">Article or reviewer.</param>
/// <param name="SourceRetracted">True when a retraction or withdrawal is in force.</param>
/// <param name="Population">Who the source studied.</param>
/// <param name="Outcome">What the evidence measures.</param>
public sealed record EvidenceItem(
    Stance Stance,
    Certainty Grade,
    CitationOrigin Origin,
    bool SourceRetracted = false,
    Population Population = Population.Human,
    Outcome Outcome = Outcome.Unspecified)
{
    /// <summary>
    /// Disease-oriented outcomes and animal or in-vitro work are indirect evidence for a
    /// patient-oriented claim; unspecified outcomes in people are taken as direct.
    /// </summary>
    public bool IsIndirect =>
        Outcome == Outcome.DiseaseOriented || Population is Population.Animal or Population.InVitro;
}
