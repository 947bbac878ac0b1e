using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Tests.Grading;

/// <summary>Short builders so each verdict row reads like a line of the table.</summary>
internal static class Evidence
{
    public static EvidenceItem Sup(
        Certainty grade,
        CitationOrigin origin = CitationOrigin.Article,
        bool retracted = false,
        Population population = Population.Human,
        Outcome outcome = Outcome.Unspecified) =>
        new(Stance.Supports, grade, origin, retracted, population, outcome);

    public static EvidenceItem Con(
        Certainty grade,
        CitationOrigin origin = CitationOrigin.Reviewer,
        bool retracted = false,
        Population population = Population.Human) =>
        new(Stance.Contradicts, grade, origin, retracted, population);

    public static EvidenceItem Mixed(Certainty grade, CitationOrigin origin = CitationOrigin.Article) =>
        new(Stance.Mixed, grade, origin);

    public static EvidenceItem DoesNotAddress(Certainty grade, CitationOrigin origin = CitationOrigin.Article) =>
        new(Stance.DoesNotAddress, grade, origin);

    /// <summary>A correlational, non-absolute, non-patient-oriented claim: no flag but the ones a row asks for.</summary>
    public static ClaimEvidence Claim(params EvidenceItem[] citations) =>
        new(WordingStrength.Correlational, Absolute: false, PatientOriented: false, citations);

    public static ClaimEvidence DirectCausal(params EvidenceItem[] citations) =>
        Claim(citations) with { Wording = WordingStrength.DirectCausal };

    public static ClaimEvidence PatientOriented(params EvidenceItem[] citations) =>
        Claim(citations) with { PatientOriented = true };
}
