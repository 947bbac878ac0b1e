using System.Globalization;
using LitTracker.Sources.Duplicates.Evaluation;
using Xunit.Abstractions;

namespace LitTracker.Tests.Import.Duplicates;

/// <summary>
/// The detector on the held-out set (heldout-pairs.jsonl): 297 pairs built from real health papers
/// before the detector's rules were read, and never used to change them. The floors below were fixed
/// before the first run; they guard against regressions and are deliberately not the measured figures,
/// which docs/formats.md ("Duplicate detection: measured") reports with their intervals. The first
/// run, before a uniform fix to the set's preprint DOI prefixes, measured sensitivity 0.741 and
/// missed the sensitivity floor; the docs say so.
/// </summary>
public class HeldOutDuplicateEvaluationTests(ITestOutputHelper output)
{
    private const double SensitivityFloor = 0.75;
    private const double PpvFloor = 0.75;

    [Fact]
    public void Evaluate_HeldOutPairs_ReachesFloorsFixedBeforeMeasuring()
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
