using System.CommandLine;
using LitTracker.Checking;
using LitTracker.Reports.Evidence;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker report evidence</c>: the evidence table a reviewer signs off.</summary>
internal static class EvidenceReportCommand
{
    public static Command Create(CliContext cli)
    {
        var article = new Option<string?>("--article") { Description = "Only this article (id or key); default: every article." };
        var format = Output.FormatOption.Create("md", "html", "csv", "json");
        var command = new Command("evidence", "Evidence table: per claim, its sources side by side with stance, grade and rationale, the verdict and SORT strength, and a sign-off block.") { article, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            if (!EvidenceReportWriter.TryParseFormat(parse.GetValue(format), out var chosen))
            {
                throw LitTrackerException.Invalid("--format", "--format must be one of md|html|csv|json.");
            }

            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var report = await new CheckService(db).CheckAsync(parse.GetValue(article), ct).ConfigureAwait(false);
            EvidenceReportWriter.Write(cli.Out, report, chosen, EvidenceReportOptions.For(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}
