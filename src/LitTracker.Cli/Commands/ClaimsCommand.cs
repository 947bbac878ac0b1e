using System.CommandLine;
using LitTracker.Checking;
using LitTracker.Cli.Output;
using LitTracker.Grading;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker claims list [--article ID] [--verdict V]</c>.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("claims", "List claims with their verdicts.");
        var article = new Option<string?>("--article") { Description = "Only this article (id or key)." };
        var verdict = new Option<string?>("--verdict") { Description = "Only claims with this verdict: " + string.Join("|", VocabularyNames.Names<Verdict>()) + "." };
        var format = FormatOption.Data();
        var list = new Command("list", "List claims, their category, wording and verdict.") { article, verdict, format };
        list.SetBody(cli, async (parse, ct) =>
        {
            var wanted = CommandRunner.ParseOptionalWord<Verdict>(parse.GetValue(verdict), "--verdict");
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var report = await new CheckService(db).CheckAsync(parse.GetValue(article), ct).ConfigureAwait(false);
            var claims = report.Articles
                .SelectMany(a => a.Claims.Select(c => (Article: a, Claim: c)))
                .Where(x => wanted is null || x.Claim.Assessment.Verdict == wanted)
                .ToList();
            var table = new Tabular(
                ["article", "key", "claim", "category", "wording", "verdict", "citations"],
                claims.Select(x => (IReadOnlyList<string?>)[
                    x.Article.Key, x.Claim.Key, x.Claim.Text, x.Claim.Category, VocabularyNames.Label(x.Claim.Wording),
                    VocabularyNames.Name(x.Claim.Assessment.Verdict), x.Claim.Citations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList());
            var json = new
            {
                claims = claims.Select(x => new
                {
                    x.Claim.Id,
                    x.Claim.Key,
                    Article = x.Article.Key,
                    x.Claim.Text,
                    x.Claim.Locator,
                    x.Claim.Category,
                    Wording = VocabularyNames.Name(x.Claim.Wording),
                    Verdict = VocabularyNames.Name(x.Claim.Assessment.Verdict),
                    Flags = VocabularyNames.FlagNames(x.Claim.Assessment.Flags),
                    Citations = x.Claim.Citations.Count,
                }),
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, json);
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(list);
        command.Subcommands.Add(ClaimsReviewCommand.Create(cli));
        return command;
    }
}
