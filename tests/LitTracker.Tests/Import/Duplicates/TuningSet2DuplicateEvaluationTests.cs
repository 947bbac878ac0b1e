using Xunit.Abstractions;

namespace LitTracker.Tests.Import.Duplicates;

/// <summary>
/// The detector on tuning set 2 (heldout-pairs.jsonl): 297 pairs built from real health papers.
/// It was written as a held-out set and first measured at sensitivity 0.755, PPV 0.929; its misses
/// then guided general rule changes (organisation authors, compound surnames, transpositions, split
/// words, British spelling, abstract labels, replies, generic titles, word order), so it is now a
/// tuning set and its figures are training figures (docs/formats.md, "Duplicate detection:
/// measured"). An independent held-out set is measured by the lead, outside this repository's tests.
/// The floors sit a few pairs below the measured 0.878 / 0.984 so a regression fails.
/// </summary>
public class TuningSet2DuplicateEvaluationTests(ITestOutputHelper output)
{
    private const double SensitivityFloor = 0.85;
    private const double PpvFloor = 0.95;

    [Fact]
    public void Evaluate_TuningSet2_ReachesFloors() =>
        LabelledPairSet.AssertFloors("heldout-pairs.jsonl", SensitivityFloor, PpvFloor, output);
}
