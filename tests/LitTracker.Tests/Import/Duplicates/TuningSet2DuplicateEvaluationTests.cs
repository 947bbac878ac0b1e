using System.Globalization;
using LitTracker.Sources.Duplicates.Evaluation;
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
    public void Evaluate_TuningSet2_ReachesFloors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Import", "Duplicates", "heldout-pairs.jsonl");
        using var reader = new StreamReader(path);

        var report = DuplicateEvaluator.Evaluate(reader, "heldout-pairs.jsonl");

        foreach (var e in report.Errors)
        {
            output.WriteLine($"{(e.Duplicate ? "missed" : "false match")} [{e.Kind}] line {e.Line}: {e.TitleA} | {e.TitleB}{(e.Match is { } m ? $" ({m.Reason} {m.Score.ToString("0.000", CultureInfo.InvariantCulture)})" : "")}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {report.Pairs}: TP {report.TruePositives}, FP {report.FalsePositives}, FN {report.FalseNegatives}, TN {report.TrueNegatives}; sensitivity {report.Sensitivity:0.000} ({report.SensitivityInterval.Low:0.000}-{report.SensitivityInterval.High:0.000}), PPV {report.Ppv:0.000} ({report.PpvInterval.Low:0.000}-{report.PpvInterval.High:0.000}), F1 {report.F1:0.000}"));
        Assert.DoesNotContain(report.Issues, i => i.Severity == LitTracker.Import.ImportSeverity.Error);
        Assert.True(report.Pairs >= 250, $"only {report.Pairs} pairs were read");
        Assert.True(report.Sensitivity >= SensitivityFloor, $"sensitivity {report.Sensitivity:0.000} < {SensitivityFloor}");
        Assert.True(report.Ppv >= PpvFloor, $"PPV {report.Ppv:0.000} < {PpvFloor}");
    }
}
