using System.CommandLine;
using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Sources;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker export [--article ID | --claim ID | --all] --format bibtex|ris|csljson|csv [-o FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var article = new Option<string?>("--article") { Description = "Export the sources cited for this article's claims and its resolved references (id or key).", HelpName = "ID" };
        var claim = new Option<string?>("--claim") { Description = "Export the sources cited for this claim (id or key).", HelpName = "ID" };
        var all = new Option<bool>("--all") { Description = "Export every source." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", Required = true, HelpName = "bibtex|ris|csljson|csv" };
        format.AcceptOnlyFromAmong("bibtex", "ris", "csljson", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (replaced only when the export succeeds) instead of stdout.", HelpName = "FILE" };
        var command = new Command("export", "Export sources as BibTeX, RIS, CSL-JSON or CSV; the files import back with every field the format carries.")
        {
            article, claim, all, format, output,
        };
        command.Validators.Add(result =>
        {
            var chosen = (result.GetValue(article) is null ? 0 : 1) + (result.GetValue(claim) is null ? 0 : 1) + (result.GetValue(all) ? 1 : 0);
            if (chosen != 1)
            {
                result.AddError("Choose exactly one of --article ID, --claim ID or --all.");
            }
        });
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var service = new ExportService(db);
            var sources = parse.GetValue(article) is { } a ? await service.ForArticleAsync(a, ct).ConfigureAwait(false)
                : parse.GetValue(claim) is { } c ? await service.ForClaimAsync(c, ct).ConfigureAwait(false)
                : await service.AllAsync(ct).ConfigureAwait(false);
            var exportFormat = FormatOf(parse.GetValue(format)!);
            if (parse.GetValue(output) is { } path)
            {
                WriteFile(path, sources, exportFormat);
            }
            else
            {
                SourceExporter.Write(cli.Out, sources, exportFormat);
                await cli.Out.FlushAsync(ct).ConfigureAwait(false);
            }

            await cli.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"export: {sources.Count} source(s) written.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Written beside the target and moved over it, so a failed export never leaves half a file.
    private static void WriteFile(string path, IReadOnlyList<Source> sources, ExportFormat format)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".partial";
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                SourceExporter.Write(writer, sources, format);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new LitTrackerException(ErrorKind.InvalidInput, $"Could not write '{path}': {ex.Message} Choose a writable path with -o, or leave -o out to write to stdout.", "output");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the message about the real failure matters more.
        }
    }

    private static ExportFormat FormatOf(string word) => word switch
    {
        "bibtex" => ExportFormat.Bibtex,
        "ris" => ExportFormat.Ris,
        "csljson" => ExportFormat.CslJson,
        _ => ExportFormat.Csv,
    };
}
