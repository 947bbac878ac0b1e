using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Metadata.RetractionWatch;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker retractions import FILE.csv</c>: records Retraction Watch notices on stored sources.</summary>
internal static class RetractionsCommand
{
    private const int IssuesShown = 50;

    public static Command Create(CliContext cli)
    {
        var command = new Command("retractions", "Retraction, correction and expression-of-concern notices from the Retraction Watch database.");
        command.Subcommands.Add(Import(cli));
        return command;
    }

    private static Command Import(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The Retraction Watch CSV export (retraction_watch.csv from gitlab.com/crossref/retraction-watch-data)." };
        var format = FormatOption.Data();
        var command = new Command("import", "Match the export to stored sources by original-paper DOI or PMID and add their notices (one transaction).") { file, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw LitTrackerException.Invalid("FILE", $"File '{path}' does not exist. Download the export from gitlab.com/crossref/retraction-watch-data.");
            }

            await using var db = await CliContext.OpenAsync(parse, ct);
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var summary = await new RetractionImportService(db).ImportAsync(reader, ct);

            foreach (var issue in summary.Issues.Take(IssuesShown))
            {
                await cli.Error.WriteLineAsync($"{path}: {issue}");
            }

            if (summary.Issues.Count > IssuesShown)
            {
                await cli.Error.WriteLineAsync($"… and {summary.Issues.Count - IssuesShown} more issue(s).");
            }

            static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            var table = new Tabular(["rows read", "matched", "notices added", "issues", "sources changed"],
                [[N(summary.RowsRead), N(summary.RowsMatched), N(summary.NoticesAdded), N(summary.Issues.Count), string.Join(", ", summary.SourcesChanged)]]);
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new
            {
                rowsRead = summary.RowsRead,
                matched = summary.RowsMatched,
                noticesAdded = summary.NoticesAdded,
                sourcesChanged = summary.SourcesChanged,
                issues = summary.Issues.Select(i => new { line = i.Line, field = i.Field, message = i.Message }),
            });
            if (summary.RowsRead == 0 && summary.Issues.Count > 0)
            {
                await cli.Error.WriteLineAsync("error: no rows could be read; is this the Retraction Watch CSV export?");
                return ExitCodes.InvalidInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
