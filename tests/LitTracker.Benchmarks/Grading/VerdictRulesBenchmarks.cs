using BenchmarkDotNet.Attributes;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;

namespace LitTracker.Benchmarks.Grading;

/// <summary>How long the verdict rules take for one claim with a typical and a large evidence list.</summary>
[MemoryDiagnoser]
public class VerdictRulesBenchmarks
{
    private ClaimEvidence typical = null!;
    private ClaimEvidence large = null!;

    [GlobalSetup]
    public void Setup()
    {
        typical = Build(6);
        large = Build(200);
    }

    [Benchmark(Baseline = true)]
    public ClaimAssessment Typical() => VerdictRules.Assess(typical);

    [Benchmark]
    public ClaimAssessment Large() => VerdictRules.Assess(large);

    private static ClaimEvidence Build(int citations) => new(
        WordingStrength.DirectCausal,
        false,
        true,
        Enumerable.Range(0, citations).Select(i => new EvidenceItem(
            (Stance)(1 + (i % 4)), (Certainty)(1 + (i % 4)), i % 3 == 0 ? CitationOrigin.Article : CitationOrigin.Reviewer)).ToList());
}
