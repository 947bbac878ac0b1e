using System.CommandLine;
using System.Globalization;
using LitTracker.Analysis.Proposals;
using LitTracker.Claims;
using LitTracker.Cli.Output;
using LitTracker.Grading;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker claims review [--article ID] list|accept|edit|reject|add</c>: confirm the analyser's proposals.</summary>
internal static class ClaimsReviewCommand
{
    private static readonly Option<string?> Article = new("--article") { Description = "The article (id or key).", Recursive = true };
    private static readonly Option<string?> By = new("--by") { Description = "Who reviews (default: $LITTRACKER_USER, else the login name).", Recursive = true };

    public static Command Create(CliContext cli)
    {
        var command = new Command("review", "Review the analyser's proposals: list, accept, edit, reject, or add a claim it missed.") { Article, By };
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Status(cli, "accept", "Confirm a suggested claim and its suggested citations (history kept).", (s, c, by, ct) => s.AcceptAsync(c, by, ct)));
        command.Subcommands.Add(Status(cli, "reject", "Reject a suggested claim and its suggested citations (kept, not proposed again).", (s, c, by, ct) => s.RejectAsync(c, by, ct)));
        command.Subcommands.Add(Edit(cli));
        command.Subcommands.Add(Add(cli));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var all = new Option<bool>("--all") { Description = "Also confirmed and rejected claims." };
        var format = FormatOption.Data();
        var command = new Command("list", "List suggested claims with confidence, category, wording, flags and suggested sources.") { all, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var claims = await new ClaimReviewService(db, cli.Clock).ListAsync(parse.GetValue(Article), parse.GetValue(all), ct).ConfigureAwait(false);
            var table = new Tabular(
                ["key", "status", "conf", "claim", "where", "category", "wording", "flags", "refs", "sources"],
                claims.Select(c => (IReadOnlyList<string?>)[
                    c.Key, VocabularyNames.Name(c.Status), c.Confidence?.ToString("0.00", CultureInfo.InvariantCulture), c.Text, c.Locator, c.Category,
                    VocabularyNames.Label(c.Wording), Flags(c), string.Join(",", c.References.Select(r => r.Position).Order()),
                    string.Join(",", c.Citations.Select(x => x.Source?.Key))]).ToList());
            var json = new
            {
                claims = claims.Select(c => new
                {
                    c.Id,
                    c.Key,
                    Article = c.Article?.Key,
                    Status = VocabularyNames.Name(c.Status),
                    c.Confidence,
                    c.Text,
                    c.Locator,
                    c.StartOffset,
                    c.EndOffset,
                    c.Category,
                    Wording = VocabularyNames.Name(c.Wording),
                    c.Absolute,
                    c.VagueAttribution,
                    References = c.References.Select(r => r.Position).Order(),
                    Citations = c.Citations.Select(x => new { Source = x.Source?.Key, Status = VocabularyNames.Name(x.Status), Stance = VocabularyNames.Name(x.Stance), Grade = VocabularyNames.Name(x.Grade) }),
                }),
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliContext cli, string name, string description, Func<ClaimReviewService, string, string, CancellationToken, Task<Claim>> act)
    {
        var claim = new Argument<string>("CLAIM") { Description = "Claim id or key." };
        var command = new Command(name, description) { claim };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var c = await act(new ClaimReviewService(db, cli.Clock), parse.GetValue(claim)!, CliContext.Who(parse.GetValue(By)), ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync($"{c.Key}: {VocabularyNames.Name(c.Status)} ({c.Citations.Count} citation(s))").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Edit(CliContext cli)
    {
        var claim = new Argument<string>("CLAIM") { Description = "Claim id or key." };
        var text = new Option<string?>("--text") { Description = "New claim text." };
        var category = new Option<string?>("--category") { Description = "New category key." };
        var wording = new Option<string?>("--wording") { Description = "New wording: " + string.Join("|", VocabularyNames.Names<WordingStrength>()) + "." };
        var command = new Command("edit", "Change a claim's text, category or wording (then accept it).") { claim, text, category, wording };
        command.SetBody(cli, async (parse, ct) =>
        {
            var w = CommandRunner.ParseOptionalWord<WordingStrength>(parse.GetValue(wording), "--wording");
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var c = await new ClaimReviewService(db, cli.Clock).EditAsync(parse.GetValue(claim)!, new ClaimEdit(parse.GetValue(text), parse.GetValue(category), w), ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync($"{c.Key}: {c.Category}, {VocabularyNames.Label(c.Wording)}: {c.Text}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CliContext cli)
    {
        var text = new Option<string>("--text") { Description = "The claim.", Required = true };
        var category = new Option<string>("--category") { Description = "Category key.", Required = true };
        var wording = new Option<string>("--wording") { Description = "Wording: " + string.Join("|", VocabularyNames.Names<WordingStrength>()) + ".", Required = true };
        var locator = new Option<string?>("--locator") { Description = "Where it is, e.g. \"Benefits, s2\"." };
        var command = new Command("add", "Add a claim the analyser missed (confirmed).") { text, category, wording, locator };
        command.SetBody(cli, async (parse, ct) =>
        {
            var article = parse.GetValue(Article) ?? throw LitTrackerException.Invalid("article", "Say which article with --article ID.");
            var w = CommandRunner.ParseWord<WordingStrength>(parse.GetValue(wording), "--wording");
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var c = await new ClaimReviewService(db, cli.Clock).AddAsync(article, parse.GetValue(text)!, parse.GetValue(category)!, w, parse.GetValue(locator), ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync($"{c.Key}: added (confirmed)").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Flags(Claim c) => string.Join(",", new[] { c.Absolute ? "absolute" : null, c.VagueAttribution ? "vague-attribution" : null }.Where(x => x is not null));
}
