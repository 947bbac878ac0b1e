using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Import;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker import FILE… [--format F] [--dry-run] [--on-duplicate skip|merge|keep] [--strict]</c>.</summary>
internal static class ImportCommand
{
    private static readonly string[] Formats = ["auto", "bibtex", "ris", "csljson", "csv", "medline", "pubmed-xml"];

    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("FILE") { Description = "Bibliography files (BibTeX, RIS, CSL-JSON, CSV, MEDLINE .nbib, PubMed XML).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Format of every file (default: detected per file).", DefaultValueFactory = _ => "auto", HelpName = string.Join("|", Formats) };
        format.AcceptOnlyFromAmong(Formats);
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be imported; write nothing." };
        var onDuplicate = new Option<string>("--on-duplicate") { Description = "skip: leave the stored source; merge: fill its gaps from the record; keep: store the record too (title matches only).", DefaultValueFactory = _ => "skip" };
        onDuplicate.AcceptOnlyFromAmong("skip", "merge", "keep");
        var strict = new Option<bool>("--strict") { Description = "Any problem in a file (even a warning) leaves that whole file out." };

        var command = new Command("import", "Add papers in bulk from reference-manager exports; duplicates are recognised, bad records reported with their line. One transaction: all or nothing on a crash.")
        {
            files, format, dryRun, onDuplicate, strict,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var options = new ImportOptions(
                FormatOf(parse.GetValue(format)!),
                parse.GetValue(dryRun),
                Enum.Parse<DuplicateAction>(parse.GetValue(onDuplicate)!, ignoreCase: true),
                parse.GetValue(strict));
            var inputs = parse.GetValue(files)!.Select(ImportFile.FromPath).ToList();
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var latest = new Latest();
            var result = await ProgressDisplay.RunAsync(
                cli.Error,
                () => new ImportService(db).ImportAsync(inputs, options, latest, ct),
                latest.Read).ConfigureAwait(false);
            await WriteAsync(cli, result).ConfigureAwait(false);
            return ExitCodeOf(result);
        });
        return command;
    }

    /// <summary>0 when everything landed cleanly; 11 when some landed with problems; 12 when nothing landed and something was wrong (or there was nothing).</summary>
    public static int ExitCodeOf(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sawRecords = result.AnyImported || result.SkippedDuplicates > 0;
        if (!result.AnyImported && (result.HasProblems || !sawRecords))
        {
            return ExitCodes.NothingImported;
        }

        return result.HasProblems ? ExitCodes.ImportedWithProblems : ExitCodes.Ok;
    }

    private static ImportFormat FormatOf(string word) => word switch
    {
        "bibtex" => ImportFormat.Bibtex,
        "ris" => ImportFormat.Ris,
        "csljson" => ImportFormat.CslJson,
        "csv" => ImportFormat.Csv,
        "medline" => ImportFormat.Medline,
        "pubmed-xml" => ImportFormat.PubmedXml,
        _ => ImportFormat.Unspecified,
    };

    private static async Task WriteAsync(CliContext cli, ImportResult result)
    {
        foreach (var key in result.AddedKeys)
        {
            await cli.Out.WriteLineAsync(key).ConfigureAwait(false);
        }

        var files = result.Issues.Select(i => i.File).Concat(result.Duplicates.Select(d => d.File)).Distinct().ToList();
        var lines = result.Issues.Select(i => (i.File, i.Line, Text: i.ToString()))
            .Concat(result.Duplicates.Select(d => (d.File, d.Line, Text: Describe(d))))
            .OrderBy(l => files.IndexOf(l.File)).ThenBy(l => l.Line);
        foreach (var line in lines)
        {
            await cli.Error.WriteLineAsync(line.Text).ConfigureAwait(false);
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"import: {result.Added} added, {result.Merged} merged, {result.SkippedDuplicates} skipped as duplicates, {result.Failed} failed");
        if (result.AbortedFiles.Count > 0)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $"; {result.AbortedFiles.Count} file(s) left out by --strict");
        }

        summary += result.DryRun ? " (dry run: nothing was written)." : ".";
        await cli.Error.WriteLineAsync(summary).ConfigureAwait(false);
    }

    private static string Describe(ImportDuplicate d)
    {
        var why = d.Match.Reason switch
        {
            DuplicateReason.SameDoi => "same DOI",
            DuplicateReason.SamePmid => "same PMID",
            _ => string.Create(CultureInfo.InvariantCulture, $"similar title {d.Match.Score:0.00}, same first author and year"),
        };
        var done = d.Action switch { DuplicateAction.Merge => "merged", DuplicateAction.Keep => "kept as a new source", _ => "skipped" };
        var key = string.IsNullOrEmpty(d.RecordKey) ? string.Empty : $" [{d.RecordKey}]";
        return string.Create(CultureInfo.InvariantCulture, $"{d.File}:{d.Line}: note{key}: duplicate of source '{d.ExistingKey}' ({why}); {done}.");
    }

    // Keeps only the newest report: the bar polls it, and Progress<T> would post to a sync context.
    private sealed class Latest : IProgress<ImportProgress>
    {
        private ImportProgress _value;
        private readonly Lock _gate = new();

        public void Report(ImportProgress value)
        {
            lock (_gate)
            {
                _value = value;
            }
        }

        public (double Fraction, string Label) Read()
        {
            ImportProgress p;
            lock (_gate)
            {
                p = _value;
            }

            if (p.File is null)
            {
                return (0, "starting");
            }

            var withinFile = p.Length is > 0 && p.Position is { } pos ? (double)pos / p.Length.Value : 0;
            var fraction = (p.FileIndex + withinFile) / Math.Max(1, p.FileCount);
            return (fraction, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(p.File)}: {p.Records} records"));
        }
    }
}
