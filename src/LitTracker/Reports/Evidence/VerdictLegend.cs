using LitTracker.Grading;

namespace LitTracker.Reports.Evidence;

/// <summary>What each verdict and flag means, in the words of the design (for report legends).</summary>
public static class VerdictLegend
{
    /// <summary>Verdicts in severity order with their meaning.</summary>
    public static IReadOnlyList<(Verdict Verdict, string Meaning)> Verdicts { get; } =
    [
        (Verdict.Unsourced, "No citation supports the claim (vague attributions such as \"studies have shown\" do not count)."),
        (Verdict.RetractedSupport, "Every supporting source is retracted or withdrawn."),
        (Verdict.Contradicted, "A contradicting source is graded higher than the best supporting one."),
        (Verdict.Contested, "Supporting and contradicting sources of similar grade."),
        (Verdict.Weak, "Best supporting evidence is of low or very low certainty."),
        (Verdict.Moderate, "Best supporting evidence is of moderate certainty."),
        (Verdict.Strong, "Best supporting evidence is of high certainty."),
    ];

    /// <summary>Flags with their meaning.</summary>
    public static IReadOnlyList<(ClaimFlags Flag, string Meaning)> Flags { get; } =
    [
        (ClaimFlags.Uncited, "The article itself ties no source to the claim."),
        (ClaimFlags.Overstated, "Direct-causal or absolute wording without moderate or strong evidence."),
        (ClaimFlags.Indirect, "A patient-oriented claim supported only by disease-oriented or non-human evidence."),
        (ClaimFlags.UnresolvedReference, "The article cites something nobody could identify."),
        (ClaimFlags.VagueAttribution, "The claim leans on unnamed authorities (\"studies show\")."),
        (ClaimFlags.CitesRetracted, "At least one supporting source is retracted or withdrawn."),
    ];

    /// <summary>SORT levels with their meaning.</summary>
    public static IReadOnlyList<(SortStrength Sort, string Meaning)> SortLevels { get; } =
    [
        (SortStrength.A, "Consistent, good-quality patient-oriented evidence."),
        (SortStrength.B, "Inconsistent or limited-quality patient-oriented evidence."),
        (SortStrength.C, "Consensus, disease-oriented evidence, usual practice, expert opinion or case series."),
    ];
}
