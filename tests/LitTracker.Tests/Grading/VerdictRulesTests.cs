using LitTracker.Citations;
using LitTracker.Grading;
using static LitTracker.Grading.Certainty;
using static LitTracker.Tests.Grading.Evidence;
using C = LitTracker.Grading.Certainty;

namespace LitTracker.Tests.Grading;

/// <summary>
/// The verdict rows of DESIGN.md and of the <see cref="VerdictRules"/> doc comment: unsourced,
/// retracted support, contradicted, contested, weak / moderate / strong.
/// </summary>
public sealed class VerdictRulesTests
{
    /// <summary>
    /// Every (best live supporting grade, best live contradicting grade) pair. Contradicted when
    /// the contradiction is above, contested when equal or one step below, otherwise by support.
    /// </summary>
    public static TheoryData<C, C?, Verdict, SortStrength> Grid => new()
    {
        { High, null, Verdict.Strong, SortStrength.A },
        { High, VeryLow, Verdict.Strong, SortStrength.A },
        { High, Low, Verdict.Strong, SortStrength.A },
        { High, Moderate, Verdict.Contested, SortStrength.B },
        { High, High, Verdict.Contested, SortStrength.B },
        { High, Unspecified, Verdict.Strong, SortStrength.A },
        { Moderate, null, Verdict.Moderate, SortStrength.B },
        { Moderate, VeryLow, Verdict.Moderate, SortStrength.B },
        { Moderate, Low, Verdict.Contested, SortStrength.B },
        { Moderate, Moderate, Verdict.Contested, SortStrength.B },
        { Moderate, High, Verdict.Contradicted, SortStrength.C },
        { Low, null, Verdict.Weak, SortStrength.B },
        { Low, VeryLow, Verdict.Contested, SortStrength.B },
        { Low, Unspecified, Verdict.Contested, SortStrength.B },
        { Low, Low, Verdict.Contested, SortStrength.B },
        { Low, Moderate, Verdict.Contradicted, SortStrength.C },
        { Low, High, Verdict.Contradicted, SortStrength.C },
        { VeryLow, null, Verdict.Weak, SortStrength.C },
        { VeryLow, VeryLow, Verdict.Contested, SortStrength.C },
        { VeryLow, Low, Verdict.Contradicted, SortStrength.C },
        { VeryLow, Moderate, Verdict.Contradicted, SortStrength.C },
        { VeryLow, High, Verdict.Contradicted, SortStrength.C },
        { Unspecified, null, Verdict.Weak, SortStrength.C },
        { Unspecified, VeryLow, Verdict.Contested, SortStrength.C },
        { Unspecified, Unspecified, Verdict.Contested, SortStrength.C },
        { Unspecified, Low, Verdict.Contradicted, SortStrength.C },
    };

    public static TheoryData<string> Rows => new(Cases.Keys);

    private static readonly Dictionary<string, VerdictCase> Cases = new(StringComparer.Ordinal)
    {
        ["no citations at all -> unsourced, uncited"] =
            new(Claim(), Verdict.Unsourced, ClaimFlags.Uncited, SortStrength.C, Unspecified),
        ["only does-not-address and mixed citations -> unsourced"] =
            new(Claim(DoesNotAddress(High), Mixed(High)), Verdict.Unsourced, ClaimFlags.None, SortStrength.C, Unspecified),
        ["only a contradicting source -> unsourced"] =
            new(Claim(Con(High, CitationOrigin.Article)), Verdict.Unsourced, ClaimFlags.None, SortStrength.C, Unspecified),
        ["citation without a recorded stance -> unsourced"] =
            new(Claim(new EvidenceItem(Stance.Unspecified, High, CitationOrigin.Article)), Verdict.Unsourced, ClaimFlags.None, SortStrength.C, Unspecified),
        ["the only supporting source is retracted -> retracted support"] =
            new(Claim(Sup(High, retracted: true)), Verdict.RetractedSupport, ClaimFlags.CitesRetracted, SortStrength.C, Unspecified),
        ["every supporting source is retracted -> retracted support"] =
            new(Claim(Sup(High, retracted: true), Sup(Low, CitationOrigin.Reviewer, retracted: true)), Verdict.RetractedSupport, ClaimFlags.CitesRetracted, SortStrength.C, Unspecified),
        ["retracted support beside a live contradiction -> retracted support, not contradicted"] =
            new(Claim(Sup(Low, retracted: true), Con(High)), Verdict.RetractedSupport, ClaimFlags.CitesRetracted, SortStrength.C, Unspecified),
        ["one retracted and one live supporting source -> verdict from the live one"] =
            new(Claim(Sup(High, retracted: true), Sup(Low)), Verdict.Weak, ClaimFlags.CitesRetracted, SortStrength.B, Low),
        ["retracted high supporter does not outweigh a live moderate contradiction"] =
            new(Claim(Sup(High, retracted: true), Sup(Low), Con(Moderate)), Verdict.Contradicted, ClaimFlags.CitesRetracted, SortStrength.C, Low),
        ["a retracted contradicting source is ignored (strong)"] =
            new(Claim(Sup(High), Con(High, retracted: true)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["a retracted contradicting source is ignored (moderate)"] =
            new(Claim(Sup(Moderate), Con(High, retracted: true)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["a retracted contradicting source does not set cites-retracted"] =
            new(Claim(Sup(Low), Con(Moderate, retracted: true)), Verdict.Weak, ClaimFlags.None, SortStrength.B, Low),
        ["best of several supporting grades counts"] =
            new(Claim(Sup(Low), Sup(High), Sup(Moderate)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["best of several contradicting grades counts"] =
            new(Claim(Sup(High), Con(VeryLow), Con(Moderate)), Verdict.Contested, ClaimFlags.None, SortStrength.B, High),
        ["a high mixed citation neither contests nor contradicts"] =
            new(Claim(Sup(Low), Mixed(High)), Verdict.Weak, ClaimFlags.None, SortStrength.B, Low),
        ["a high does-not-address citation neither contests nor contradicts"] =
            new(Claim(Sup(Moderate), DoesNotAddress(High)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["ungraded support counts as very low"] =
            new(Claim(Sup(Unspecified)), Verdict.Weak, ClaimFlags.None, SortStrength.C, VeryLow),
        ["ungraded support beside graded low support -> low is best"] =
            new(Claim(Sup(Unspecified), Sup(Low)), Verdict.Weak, ClaimFlags.None, SortStrength.B, Low),
        ["very-low contradiction vs high support is two steps apart -> strong"] =
            new(Claim(Sup(High), Con(VeryLow)), Verdict.Strong, ClaimFlags.None, SortStrength.A, High),
        ["very-low contradiction vs moderate support is two steps apart -> moderate"] =
            new(Claim(Sup(Moderate), Con(VeryLow)), Verdict.Moderate, ClaimFlags.None, SortStrength.B, Moderate),
        ["contradiction one step below high support -> contested"] =
            new(Claim(Sup(High), Con(Moderate)), Verdict.Contested, ClaimFlags.None, SortStrength.B, High),
        ["contradiction one step above support -> contradicted"] =
            new(Claim(Sup(Moderate), Con(High)), Verdict.Contradicted, ClaimFlags.None, SortStrength.C, Moderate),
    };

    [Theory]
    [MemberData(nameof(Grid))]
    public void Assess_SupportAgainstContradiction_FollowsTable(C support, C? contradiction, Verdict verdict, SortStrength sort)
    {
        var citations = new List<EvidenceItem> { Sup(support) };
        if (contradiction is { } grade)
        {
            citations.Add(Con(grade));
        }

        var result = VerdictRules.Assess(Claim([.. citations]));

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(sort, result.Sort);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Assess_Row_MatchesTable(string row) => VerdictCase.Check(Cases[row]);

    [Fact]
    public void Assess_CitationOrder_DoesNotMatter()
    {
        var items = new[] { Sup(Low), Con(Moderate, retracted: true), Sup(High, retracted: true), Con(Low), Mixed(High) };

        var forward = VerdictRules.Assess(Claim(items));
        var backward = VerdictRules.Assess(Claim([.. items.Reverse()]));

        Assert.Equal(forward, backward);
        Assert.Equal(Verdict.Contested, forward.Verdict);
    }

    [Fact]
    public void Assess_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => VerdictRules.Assess(null!));
}
