using System.CommandLine;
using System.Globalization;
using LitTracker.Analysis.Evaluation;
using LitTracker.Cli.Output;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker eval wording|citations FILE.csv</c> and <c>eval duplicates FILE.jsonl</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("eval", "Measure the analyser or the duplicate detector against a labelled file.");
        command.Subcommands.Add(One(cli, "wording", "Wording strength against sentence,label (0 none, 1 direct causal, 2 conditional causal, 3 correlational).", (r, f, h) => Evaluator.Wording(r, f, h)));
        command.Subcommands.Add(One(cli, "citations", "Citation-marker detection against sentence,citation_mentioned (0/1).", Evaluator.Citations));
        command.Subcommands.Add(EvalDuplicatesCommand.Create(cli));
        return command;
    }

    private static Command One(CliContext cli, string name, string description, Func<TextReader, string, char?, EvaluationReport> run)
    {
        var file = new Argument<string>("FILE") { Description = "The labelled CSV file." };
        var half = new Option<string?>("--half") { Description = "a|b: score one fixed half of the rows (by a hash of the sentence; 'b' is the held-out half)." };
        var format = FormatOption.Data();
        var command = new Command(name, description) { file, half, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw LitTrackerException.NotFound("file", path);
            }

            using var reader = new StreamReader(path);
            var h = parse.GetValue(half)?.Trim().ToLowerInvariant() switch
            {
                null => (char?)null,
                "a" => 'a',
                "b" => 'b',
                var other => throw LitTrackerException.Invalid("half", $"--half '{other}' is not a or b."),
            };
            var report = run(reader, Path.GetFileName(path), h);
            foreach (var issue in report.Issues.Take(20))
            {
                await cli.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            var rows = report.Classes.Select(c => (IReadOnlyList<string?>)[c.Label, c.Name, N(c.Support), F(c.Precision), F(c.Recall), F(c.F1)]).ToList();
            rows.Add(["", "macro", N(report.Rows), "", "", F(report.MacroF1)]);
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), new Tabular(["label", "class", "support", "precision", "recall", "f1"], rows), report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
