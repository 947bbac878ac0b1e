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
        var style = CslStyleOption.Create();
        var scope = new Option<string>("--sources") { Description = "all (the article's references, then reviewers' evidence) | article | reviewer.", DefaultValueFactory = _ => "all" };
        scope.AcceptOnlyFromAmong("all", "article", "reviewer");
        var format = Output.FormatOption.Create([.. BibliographyFormats.Names]);
        var command = new Command("bibliography", "Bibliography in a CSL style (Vancouver/NLM by default; ama, apa or a .csl file), per article or per claim.") { article, claim, style, scope, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var chosenScope = CommandRunner.ParseWord<BibliographyScope>(parse.GetValue(scope), "--sources");
            if (!BibliographyFormats.TryParse(parse.GetValue(format), out var chosenFormat))
            {
                throw LitTrackerException.Invalid("--format", $"--format must be one of {string.Join("|", BibliographyFormats.Names)}.");
            }

            var chosenStyle = CslStyleOption.Resolve(parse.GetValue(style));
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

            BibliographyWriter.Write(cli.Out, sections, chosenFormat, chosenStyle);
            return ExitCodes.Ok;
        });
        return command;
    }
}
