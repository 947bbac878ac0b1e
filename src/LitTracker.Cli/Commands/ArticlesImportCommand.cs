using System.CommandLine;
using System.Globalization;
using LitTracker.Analysis.Proposals;
using LitTracker.Analysis.Text;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker articles import FILE --title … [--url …] [--key …] [--format text|markdown|html]</c>.</summary>
internal static class ArticlesImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The article: Markdown, HTML or plain text." };
        var title = new Option<string>("--title") { Description = "The article's title.", Required = true };
        var url = new Option<string?>("--url") { Description = "Where it was published." };
        var key = new Option<string?>("--key") { Description = "Stable key (default: from the title)." };
        var bodyFormat = new Option<string?>("--body-format") { Description = "text|markdown|html (default: from the extension, else the content)." };
        var by = new Option<string?>("--by") { Description = "Who imports it (default: $LITTRACKER_USER, else the login name)." };
        var command = new Command("import", "Store an article and propose its claims, citation markers and references (resolved where possible); review them with 'claims review'.")
        {
            file, title, url, key, bodyFormat, by,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw LitTrackerException.NotFound("file", path);
            }

            var body = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
            var format = parse.GetValue(bodyFormat)?.Trim().ToLowerInvariant() ?? BodyFormats.Detect(path, body);
            if (format is not (BodyFormats.Text or BodyFormats.Markdown or BodyFormats.Html))
            {
                throw LitTrackerException.Invalid("body-format", $"--body-format '{format}' is not one of text, markdown, html.");
            }

            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await new ArticleImportService(db, cli.Clock).ImportAsync(
                new ImportRequest(body, format, parse.GetValue(title)!, parse.GetValue(url), parse.GetValue(key), CliContext.Who(parse.GetValue(by))), ct).ConfigureAwait(false);
            var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {result.ArticleKey} (id {result.ArticleId}, {format}) in {ms} ms: {result.Claims} suggested claims ({result.VagueAttributions} vague attributions), {result.Markers} citation markers, {result.References} references ({result.ResolvedReferences} resolved), {result.Citations} suggested citations.")).ConfigureAwait(false);
            await cli.Out.WriteLineAsync($"Review them: littracker claims review --article {result.ArticleKey} list").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
