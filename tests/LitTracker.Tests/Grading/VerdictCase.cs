using LitTracker.Grading;

namespace LitTracker.Tests.Grading;

/// <summary>One named row of the verdict table: input and the full expected assessment.</summary>
internal sealed record VerdictCase(
    ClaimEvidence Claim,
    Verdict Verdict,
    ClaimFlags Flags,
    SortStrength Sort,
    Certainty Best)
{
    public static void Check(VerdictCase row)
    {
        var result = VerdictRules.Assess(row.Claim);

        Assert.Equal(row.Verdict, result.Verdict);
        Assert.Equal(row.Flags, result.Flags);
        Assert.Equal(row.Sort, result.Sort);
        Assert.Equal(row.Best, result.BestSupportingGrade);
        Assert.Equal(!row.Flags.HasFlag(ClaimFlags.Uncited), result.CitedByArticle);
    }
}
