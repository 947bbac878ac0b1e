using System.Globalization;
using LitTracker.Sources.Duplicates.Evaluation;
using Xunit.Abstractions;

namespace LitTracker.Tests.Import.Duplicates;

/// <summary>
/// Runs the detector on one labelled pair file copied next to the tests, writes every miss and
/// false match to the test output, and asserts the file read cleanly and reached the given floors.
/// </summary>
internal static class LabelledPairSet
{
    public static void AssertFloors(string file, double sensitivityFloor, double ppvFloor, ITestOutputHelper output)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Import", "Duplicates", file));

        var report = DuplicateEvaluator.Evaluate(reader, file);

        foreach (var e in report.Errors)
        {
            output.WriteLine($"{(e.Duplicate ? "missed" : "false match")} [{e.Kind}] line {e.Line}: {e.TitleA} | {e.TitleB}{(e.Match is { } m ? $" ({m.Reason} {m.Score.ToString("0.000", CultureInfo.InvariantCulture)})" : "")}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {report.Pairs}: TP {report.TruePositives}, FP {report.FalsePositives}, FN {report.FalseNegatives}, TN {report.TrueNegatives}; sensitivity {report.Sensitivity:0.000} ({report.SensitivityInterval.Low:0.000}-{report.SensitivityInterval.High:0.000}), PPV {report.Ppv:0.000} ({report.PpvInterval.Low:0.000}-{report.PpvInterval.High:0.000}), F1 {report.F1:0.000}"));
        Assert.DoesNotContain(report.Issues, i => i.Severity == LitTracker.Import.ImportSeverity.Error);
        Assert.True(report.Pairs >= 250, $"only {report.Pairs} pairs were read");
        Assert.True(report.Sensitivity >= sensitivityFloor, $"sensitivity {report.Sensitivity:0.000} < {sensitivityFloor}");
        Assert.True(report.Ppv >= ppvFloor, $"PPV {report.Ppv:0.000} < {ppvFloor}");
    }
}
