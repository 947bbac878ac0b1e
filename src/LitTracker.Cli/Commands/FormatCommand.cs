using System.CommandLine;
using LitTracker.Reports.Bibliography;
using LitTracker.Reports.Csl;
using LitTracker.Reports.Text;

namespace LitTracker.Cli.Commands;

/// <summary>
/// <c>littracker format --style S [--mode bibliography|citation] [--format txt|md|html] FILE.json</c>:
/// CSL-JSON straight from a file, no database (for pipelines and for comparing processors).
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "CSL-JSON file: an array of items or one item ('-' reads standard input)." };
        var style = CslStyleOption.Create();
        var mode = new Option<string>("--mode") { Description = "bibliography (one entry per line, in the style's order) or citation (one citation of all items).", DefaultValueFactory = _ => "bibliography" };
        mode.AcceptOnlyFromAmong("bibliography", "citation");
        var format = Output.FormatOption.Create([.. BibliographyFormats.Names]);
        var locale = new Option<string?>("--locale") { Description = "en-US or en-GB; default: the style's." };
        var command = new Command("format", "Format CSL-JSON records with a CSL style, without a database.") { file, style, mode, format, locale };
        command.SetBody(cli, async (parse, ct) =>
        {
            if (!BibliographyFormats.TryParse(parse.GetValue(format), out var chosenFormat))
            {
                throw LitTrackerException.Invalid("--format", $"--format must be one of {string.Join("|", BibliographyFormats.Names)}.");
            }

            var path = parse.GetValue(file)!;
            var processor = new CslProcessor(CslStyleOption.Resolve(parse.GetValue(style)), parse.GetValue(locale));
            CslItemsResult read;
            if (path == "-")
            {
                read = CslJsonItems.Read(Console.In, "stdin");
            }
            else
            {
                if (!File.Exists(path))
                {
                    throw LitTrackerException.Invalid("FILE", $"'{path}' does not exist; give the path of a CSL-JSON file.");
                }

                using var stream = File.OpenRead(path);
                read = CslJsonItems.Read(stream, path);
            }

            foreach (var issue in read.Issues)
            {
                await cli.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            IEnumerable<RichText> texts = parse.GetValue(mode) == "citation"
                ? read.Items.Count == 0 ? [] : [processor.FormatCitation(read.Items)]
                : processor.FormatBibliography(read.Items).Select(e => e.Full);
            await WriteAsync(cli.Out, texts, chosenFormat).ConfigureAwait(false);
            return read.Items.Count == 0 && read.Issues.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, IEnumerable<RichText> texts, BibliographyFormat format)
    {
        if (format == BibliographyFormat.Html)
        {
            await output.WriteLineAsync("<div class=\"csl-bib-body\">").ConfigureAwait(false);
        }

        foreach (var text in texts)
        {
            var line = format switch
            {
                BibliographyFormat.Md => RichTextRenderer.ToMarkdown(text),
                BibliographyFormat.Html => "  <div class=\"csl-entry\">" + RichTextRenderer.ToHtml(text) + "</div>",
                _ => RichTextRenderer.ToPlainText(text).ReplaceLineEndings(" "),
            };
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        if (format == BibliographyFormat.Html)
        {
            await output.WriteLineAsync("</div>").ConfigureAwait(false);
        }
    }
}
