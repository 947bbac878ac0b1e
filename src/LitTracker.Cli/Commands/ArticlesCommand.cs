using System.CommandLine;
using System.Globalization;
using LitTracker.Articles;
using LitTracker.Cli.Output;
using LitTracker.Grading;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker articles list|show</c>.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("articles", "List and show checked articles.");
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Show(cli));
        command.Subcommands.Add(ArticlesImportCommand.Create(cli));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var format = FormatOption.Data();
        var command = new Command("list", "List articles with their claim and reference counts.") { format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var articles = await new ArticleService(db).ListAsync(ct).ConfigureAwait(false);
            var table = new Tabular(
                ["id", "key", "title", "site", "published", "claims", "references", "unresolved"],
                articles.Select(a => (IReadOnlyList<string?>)[
                    Num(a.Id), a.Key, a.Title, a.Site, Date(a.PublishedOn), Num(a.Claims), Num(a.References), Num(a.UnresolvedReferences)]).ToList());
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new { articles });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("ARTICLE") { Description = "Article id or key." };
        var format = FormatOption.Data();
        var command = new Command("show", "Show an article's metadata, printed references and claims.") { id, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var a = await new ArticleService(db).GetAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            var fmt = FormatOption.Parse(parse.GetValue(format)!);
            var json = new
            {
                a.Id,
                a.Key,
                a.Title,
                a.Site,
                a.Author,
                a.Url,
                PublishedOn = Date(a.PublishedOn),
                ModifiedOn = Date(a.ModifiedOn),
                References = a.References.Select(r => new { r.Position, r.Text, Source = r.Source?.Key, r.UnresolvedReason, r.RepeatOf }),
                Claims = a.Claims.Select(c => new
                {
                    c.Id,
                    c.Key,
                    c.Text,
                    c.Locator,
                    c.Category,
                    Wording = VocabularyNames.Name(c.Wording),
                    c.Absolute,
                    c.VagueAttribution,
                    References = c.References.Select(r => r.Position).Order(),
                }),
            };
            if (fmt == OutputFormat.Json)
            {
                DataWriter.Write(cli.Out, fmt, new Tabular([], []), json);
                return ExitCodes.Ok;
            }

            await cli.Out.WriteLineAsync($"{a.Title} ({a.Key}, id {a.Id})").ConfigureAwait(false);
            await cli.Out.WriteLineAsync(string.Join(" · ", new[] { a.Site, a.Author, Date(a.PublishedOn), a.Url }.Where(x => x is not null))).ConfigureAwait(false);
            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            await cli.Out.WriteLineAsync("References as printed:").ConfigureAwait(false);
            DataWriter.Write(cli.Out, fmt, new Tabular(
                ["#", "as printed", "resolved to", "note"],
                a.References.Select(r => (IReadOnlyList<string?>)[
                    Num(r.Position), r.Text, r.Source?.Key ?? "unresolved",
                    r.RepeatOf is { } p ? $"repeats #{p}" + (r.UnresolvedReason is null ? string.Empty : "; " + r.UnresolvedReason) : r.UnresolvedReason]).ToList()), json);
            await cli.Out.WriteLineAsync().ConfigureAwait(false);
            await cli.Out.WriteLineAsync("Claims:").ConfigureAwait(false);
            DataWriter.Write(cli.Out, fmt, new Tabular(
                ["key", "claim", "where", "category", "wording", "refs"],
                a.Claims.Select(c => (IReadOnlyList<string?>)[
                    c.Key, c.Text, c.Locator, c.Category, VocabularyNames.Label(c.Wording) + (c.Absolute ? " + absolute" : string.Empty),
                    string.Join(",", c.References.Select(r => r.Position).Order())]).ToList()), json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
