using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;
using static LitTracker.Grading.Certainty;
using static LitTracker.Tests.Grading.Evidence;

namespace LitTracker.Tests.Grading;

/// <summary>
/// Flags on top of the verdict (uncited, overstated, indirect, unresolved reference, vague
/// attribution, cites retracted) and the SORT strength that follows from verdict and flags.
/// </summary>
public sealed class VerdictRulesFlagTests
{
    private const CitationOrigin Reviewer = CitationOrigin.Reviewer;

    public static TheoryData<string> Rows => new(Cases.Keys);

    private static readonly Dictionary<string, VerdictCase> Cases = new(StringComparer.Ordinal)
    {
        // Uncited: the article ties neither a citation nor a printed reference to the claim.
        ["uncited: only reviewer evidence -> uncited even when strong"] =
            new(Claim(Sup(High, Reviewer)), Verdict.Strong, ClaimFlags.Uncited, SortStrength.A, High),
        ["uncited: reviewer evidence plus a linked reference -> cited"] =
            new(Claim(Sup(High, Reviewer)) with { LinkedReferences = 1 }, Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["uncited: only a linked unresolved reference -> cited, unresolved-reference"] =
            new(Claim() with { LinkedReferences = 1, UnresolvedReferences = 1 }, Verdict.Unsourced, ClaimFlags.UnresolvedReference, SortStrength.C, Unspecified),
        ["uncited: one resolved and one unresolved linked reference -> unresolved-reference"] =
            new(Claim(Sup(Low)) with { LinkedReferences = 2, UnresolvedReferences = 1 }, Verdict.Weak, ClaimFlags.UnresolvedReference, SortStrength.B, Low),
        ["uncited: article cites a source that does not address it -> cited, unsourced"] =
            new(Claim(DoesNotAddress(High), Sup(High, Reviewer)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["uncited: article cites a retracted source -> cited"] =
            new(Claim(Sup(Moderate, retracted: true), Sup(Moderate, Reviewer)), Verdict.Moderate, ClaimFlags.CitesRetracted, SortStrength.B, Moderate),

        // Overstated: direct-causal or absolute wording without a moderate or strong verdict.
        ["overstated: direct-causal with weak"] =
            new(DirectCausal(Sup(Low)), Verdict.Weak, ClaimFlags.Overstated, SortStrength.B, Low),
        ["overstated: direct-causal with moderate -> not overstated"] =
            new(DirectCausal(Sup(Moderate)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["overstated: direct-causal with strong -> not overstated"] =
            new(DirectCausal(Sup(High)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["overstated: direct-causal and unsourced"] =
            new(DirectCausal(), Verdict.Unsourced, ClaimFlags.Uncited | ClaimFlags.Overstated, SortStrength.C, Unspecified),
        ["overstated: direct-causal and contested at high is not weak evidence"] =
            new(DirectCausal(Sup(High), Con(High)), Verdict.Contested, ClaimFlags.None, SortStrength.B, High),
        ["overstated: direct-causal and contested at low"] =
            new(DirectCausal(Sup(Low), Con(Low)), Verdict.Contested, ClaimFlags.Overstated, SortStrength.B, Low),
        ["overstated: direct-causal and contradicted"] =
            new(DirectCausal(Sup(Moderate), Con(High)), Verdict.Contradicted, ClaimFlags.Overstated, SortStrength.C, Moderate),
        ["overstated: direct-causal and retracted support"] =
            new(DirectCausal(Sup(High, retracted: true)), Verdict.RetractedSupport, ClaimFlags.Overstated | ClaimFlags.CitesRetracted, SortStrength.C, Unspecified),
        ["overstated: conditional-causal with weak -> not overstated"] =
            new(Claim(Sup(Low)) with { Wording = WordingStrength.ConditionalCausal }, Verdict.Weak, ClaimFlags.None, SortStrength.B, Low),
        ["overstated: no-claim wording and unsourced -> not overstated"] =
            new(Claim() with { Wording = WordingStrength.NoClaim }, Verdict.Unsourced, ClaimFlags.Uncited, SortStrength.C, Unspecified),
        ["overstated: unspecified wording with weak -> not overstated"] =
            new(Claim(Sup(VeryLow)) with { Wording = WordingStrength.Unspecified }, Verdict.Weak, ClaimFlags.None, SortStrength.C, VeryLow),
        ["overstated: absolute conditional-causal with weak"] =
            new(Claim(Sup(Low)) with { Wording = WordingStrength.ConditionalCausal, Absolute = true }, Verdict.Weak, ClaimFlags.Overstated, SortStrength.B, Low),
        ["overstated: absolute with moderate -> not overstated"] =
            new(Claim(Sup(Moderate)) with { Absolute = true }, Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["overstated: absolute with strong -> not overstated"] =
            new(Claim(Sup(High)) with { Absolute = true }, Verdict.Strong, ClaimFlags.None, SortStrength.A, High),

        // Indirect: patient-oriented claim whose live support is all disease-oriented or non-human.
        ["indirect: disease-oriented outcome only"] =
            new(PatientOriented(Sup(High, outcome: Outcome.DiseaseOriented)), Verdict.Strong, ClaimFlags.Indirect, SortStrength.C, High),
        ["indirect: animal study only"] =
            new(PatientOriented(Sup(Moderate, population: Population.Animal)), Verdict.Moderate, ClaimFlags.Indirect, SortStrength.C, Moderate),
        ["indirect: in-vitro study only"] =
            new(PatientOriented(Sup(Low, population: Population.InVitro)), Verdict.Weak, ClaimFlags.Indirect, SortStrength.C, Low),
        ["indirect: animal plus disease-oriented human"] =
            new(PatientOriented(Sup(High, population: Population.Animal), Sup(High, outcome: Outcome.DiseaseOriented)), Verdict.Strong, ClaimFlags.Indirect, SortStrength.C, High),
        ["indirect: one patient-oriented human study -> direct"] =
            new(PatientOriented(Sup(High, population: Population.Animal), Sup(Low, outcome: Outcome.PatientOriented)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["indirect: mixed population counts as direct"] =
            new(PatientOriented(Sup(High, population: Population.Mixed)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["indirect: unrecorded population and outcome count as direct"] =
            new(PatientOriented(Sup(High, population: Population.Unspecified)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["indirect: not-applicable population counts as direct"] =
            new(PatientOriented(Sup(Moderate, population: Population.NotApplicable)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["indirect: non-patient-oriented claim is never flagged, but SORT rates its disease-oriented support C"] =
            new(Claim(Sup(High, population: Population.Animal, outcome: Outcome.DiseaseOriented)), Verdict.Strong, ClaimFlags.None, SortStrength.C, High),
        ["sort: non-patient-oriented claim with direct human support can reach A"] =
            new(Claim(Sup(High, population: Population.Human, outcome: Outcome.PatientOriented)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["indirect: unsourced claim is never indirect"] =
            new(PatientOriented(Mixed(High)), Verdict.Unsourced, ClaimFlags.None, SortStrength.C, Unspecified),
        ["indirect: only retracted support is never indirect"] =
            new(PatientOriented(Sup(High, retracted: true, population: Population.Animal)), Verdict.RetractedSupport, ClaimFlags.CitesRetracted, SortStrength.C, Unspecified),
        ["indirect: retracted human study leaves live animal support indirect"] =
            new(PatientOriented(Sup(High, retracted: true), Sup(Low, population: Population.Animal)), Verdict.Weak, ClaimFlags.Indirect | ClaimFlags.CitesRetracted, SortStrength.C, Low),
        ["indirect: human contradiction does not make animal support direct"] =
            new(PatientOriented(Sup(Low, population: Population.Animal), Con(High)), Verdict.Contradicted, ClaimFlags.Indirect, SortStrength.C, Low),

        // Vague attribution passes through whatever the verdict.
        ["vague: studies-have-shown and no source"] =
            new(Claim() with { VagueAttribution = true }, Verdict.Unsourced, ClaimFlags.Uncited | ClaimFlags.VagueAttribution, SortStrength.C, Unspecified),
        ["vague: passes through beside strong support"] =
            new(Claim(Sup(High)) with { VagueAttribution = true }, Verdict.Strong, ClaimFlags.VagueAttribution, SortStrength.A, High),

        // Everything at once, as the seed blog posts tend to be.
        ["all flags: absolute direct-causal pain claim on a retracted and an animal source, vague, unresolved"] =
            new(
                PatientOriented(Sup(High, Reviewer, retracted: true), Sup(Low, Reviewer, population: Population.Animal)) with { Wording = WordingStrength.DirectCausal, Absolute = true, VagueAttribution = true, UnresolvedReferences = 1 },
                Verdict.Weak,
                ClaimFlags.Uncited | ClaimFlags.Overstated | ClaimFlags.Indirect | ClaimFlags.UnresolvedReference | ClaimFlags.VagueAttribution | ClaimFlags.CitesRetracted,
                SortStrength.C,
                Low),

        // SORT: A only for strong and direct; C for no usable support, contradiction, indirect, very low.
        ["sort: strong and direct -> A"] =
            new(PatientOriented(Sup(High, outcome: Outcome.PatientOriented)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["sort: strong but uncited and overstated-free -> still A"] =
            new(PatientOriented(Sup(High, Reviewer)), Verdict.Strong, ClaimFlags.Uncited, SortStrength.A, High),
        ["sort: moderate -> B"] =
            new(Claim(Sup(Moderate)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["sort: weak with low best -> B"] =
            new(Claim(Sup(Low)), Verdict.Weak, ClaimFlags.None, SortStrength.B, Low),
        ["sort: weak with very-low best -> C"] =
            new(Claim(Sup(VeryLow)), Verdict.Weak, ClaimFlags.None, SortStrength.C, VeryLow),
        ["sort: contested with high best -> B"] =
            new(Claim(Sup(High), Con(High)), Verdict.Contested, ClaimFlags.None, SortStrength.B, High),
        ["sort: contested with very-low best -> C"] =
            new(Claim(Sup(VeryLow), Con(VeryLow)), Verdict.Contested, ClaimFlags.None, SortStrength.C, VeryLow),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Assess_Row_MatchesTable(string row) => VerdictCase.Check(Cases[row]);
}
