using System.CommandLine;
using LitTracker.Checking;
using LitTracker.Cli.Output;
using LitTracker.Reports.Bibliography;
using LitTracker.Seeding;

namespace LitTracker.Cli.Commands;

/// <summary>
/// <c>littracker demo</c>: loads the seed (creating the database if needed), then prints the check
/// of every seed claim and a Vancouver bibliography per article.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("demo", "Load the seed data set and show every seed claim checked against its sources, with a Vancouver bibliography.");
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var seeded = await new SeedLoader(db, cli.Clock).LoadAsync(ct: ct).ConfigureAwait(false);
            await cli.Error.WriteLineAsync(SeedCommand.Describe(seeded)).ConfigureAwait(false);
            db.ChangeTracker.Clear();

            var report = await new CheckService(db).CheckAsync(ct: ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync("CLAIM CHECK (seed grading is demonstration data, not medical advice)").ConfigureAwait(false);
            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            CheckCommand.Write(cli.Out, report, OutputFormat.Table);

            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            await cli.Out.WriteLineAsync("BIBLIOGRAPHY (Vancouver)").ConfigureAwait(false);
            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            BibliographyWriter.Write(cli.Out, report.Articles.Select(a => BibliographyBuilder.ForArticle(a)).ToList(), BibliographyFormat.Txt);

            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            await cli.Out.WriteLineAsync("Next: 'littracker report evidence --article jointpain2024' for the evidence table, 'littracker check --help' for pipeline gating.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
