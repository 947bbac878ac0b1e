using System.CommandLine;
using LitTracker.Checking;
using LitTracker.Reports.Bibliography;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker report bibliography|evidence</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("report", "Produce a bibliography or the evidence table a reviewer signs off.");
        command.Subcommands.Add(Bibliography(cli));
        command.Subcommands.Add(EvidenceReportCommand.Create(cli));
        return command;
    }

    private static Command Bibliography(CliContext cli)
    {
        var article = new Option<string?>("--article") { Description = "Only this article (id or key); default: one section per article." };
        var claim = new Option<string?>("--claim") { Description = "Only the sources of this claim (id or key)." };
        var style = new Option<string>("--style") { Description = "Citation style.", DefaultValueFactory = _ => "vancouver" };
        style.AcceptOnlyFromAmong("vancouver");
        var scope = new Option<string>("--sources") { Description = "all (the article's references, then reviewers' evidence) | article | reviewer.", DefaultValueFactory = _ => "all" };
        scope.AcceptOnlyFromAmong("all", "article", "reviewer");
        var format = Output.FormatOption.Create([.. BibliographyFormats.Names]);
        var command = new Command("bibliography", "Numbered bibliography in Vancouver (NLM) style, per article or per claim.") { article, claim, style, scope, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var chosenScope = CommandRunner.ParseWord<BibliographyScope>(parse.GetValue(scope), "--sources");
            if (!BibliographyFormats.TryParse(parse.GetValue(format), out var chosenFormat))
            {
                throw LitTrackerException.Invalid("--format", $"--format must be one of {string.Join("|", BibliographyFormats.Names)}.");
            }

            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var check = new CheckService(db);
            IReadOnlyList<BibliographySection> sections;
            if (parse.GetValue(claim) is { } claimKey)
            {
                sections = [BibliographyBuilder.ForClaim(await check.CheckClaimAsync(claimKey, ct).ConfigureAwait(false), chosenScope)];
            }
            else
            {
                var report = await check.CheckAsync(parse.GetValue(article), ct).ConfigureAwait(false);
                sections = report.Articles.Select(a => BibliographyBuilder.ForArticle(a, chosenScope)).ToList();
            }

            BibliographyWriter.Write(cli.Out, sections, chosenFormat);
            return ExitCodes.Ok;
        });
        return command;
    }
}
