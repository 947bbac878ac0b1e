using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Sources.Duplicates.Evaluation;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker eval duplicates FILE.jsonl</c>: sensitivity, PPV and F1 of duplicate detection on labelled pairs.</summary>
internal static class EvalDuplicatesCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Labelled pairs, one JSON object per line: {\"dup\":true,\"kind\":…,\"a\":{\"t\":…,\"au\":…,\"y\":…,\"doi\":…,\"pmid\":…},\"b\":{…}}." };
        var format = FormatOption.Data();
        var command = new Command("duplicates", "Duplicate detection against labelled record pairs (JSON Lines); lists every miss and false match.") { file, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw LitTrackerException.NotFound("file", path);
            }

            using var reader = new StreamReader(path);
            var report = DuplicateEvaluator.Evaluate(reader, Path.GetFileName(path));
            foreach (var issue in report.Issues.Take(20))
            {
                await cli.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            var rows = new List<IReadOnlyList<string?>>
            {
                Row("sensitivity", report.Sensitivity, report.SensitivityInterval, $"{N(report.TruePositives)} of {N(report.TruePositives + report.FalseNegatives)} duplicates found"),
                Row("PPV", report.Ppv, report.PpvInterval, $"{N(report.TruePositives)} of {N(report.TruePositives + report.FalsePositives)} reported pairs are duplicates"),
                new string?[] { "F1", F(report.F1), "", $"{N(report.Pairs)} pairs: TP {N(report.TruePositives)}, FP {N(report.FalsePositives)}, FN {N(report.FalseNegatives)}, TN {N(report.TrueNegatives)}" },
            };
            foreach (var e in report.Errors)
            {
                var match = e.Match is { } m ? $" ({m.Reason}, {F(m.Score)})" : "";
                rows.Add([e.Duplicate ? "missed" : "false match", e.Kind, "", $"line {N(e.Line)}: {e.TitleA} | {e.TitleB}{match}"]);
            }

            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), new Tabular(["measure", "value", "95% CI", "note"], rows), report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string?> Row(string name, double value, WilsonInterval ci, string note) =>
        [name, F(value), $"{F(ci.Low)}-{F(ci.High)}", note];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
