using System.CommandLine;
using LitTracker.Cli.Output;
using LitTracker.Grading;
using LitTracker.Metadata.Adding;
using LitTracker.Metadata.Http;
using Spectre.Console;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker add ID… [--from-file FILE]</c>: adds papers by DOI or PMID with metadata from Crossref and PubMed.</summary>
internal static class AddCommand
{
    public static Command Create(CliContext cli)
    {
        var ids = new Argument<string[]>("ID") { Description = "DOIs (10.1093/pm/pny256, https://doi.org/…) or PMIDs (pmid:32661635, a PubMed URL).", Arity = ArgumentArity.ZeroOrMore };
        var fromFile = new Option<string?>("--from-file") { Description = "Also read identifiers from this file: one per line; blank lines and lines starting with # are skipped.", HelpName = "FILE" };
        var format = FormatOption.Data();
        var registry = new MetadataCliOptions();
        var command = new Command("add", "Add papers by DOI or PMID: metadata fetched from Crossref and PubMed, never retyped.") { ids, fromFile, format };
        registry.AddTo(command);
        command.SetBody(cli, async (parse, ct) =>
        {
            var identifiers = new List<string>(parse.GetValue(ids) ?? []);
            if (parse.GetValue(fromFile) is { } file)
            {
                identifiers.AddRange(await ReadIdsAsync(file, ct));
            }

            if (identifiers.Count == 0)
            {
                throw LitTrackerException.Invalid("ID", "Give at least one DOI or PMID, or --from-file FILE.");
            }

            var options = registry.Build(parse, cli);
            using var registries = new OnlineRegistries(options, TimeProvider.System);
            await using var db = await CliContext.OpenAsync(parse, ct);
            using var service = new AddService(db, registries, cli.Clock, options.LookupCrossIds);
            var outcomes = await RunAsync(cli, service, identifiers, options.MaxConcurrentRequests, ct);

            var table = new Tabular(
                ["identifier", "outcome", "source", "message"],
                outcomes.Select(o => (IReadOnlyList<string?>)[o.Identifier, VocabularyNames.Name(o.Status), o.SourceKey, string.Join("\n", [o.Message, .. o.Warnings.Select(w => "warning: " + w)])]).ToList())
            { WrapColumns = new HashSet<string>(StringComparer.Ordinal) { "message" } };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new
            {
                outcomes = outcomes.Select(o => new { identifier = o.Identifier, outcome = VocabularyNames.Name(o.Status), sourceId = o.SourceId, source = o.SourceKey, message = o.Message, warnings = o.Warnings }),
            });
            return await SummariseAsync(cli, outcomes.Count, outcomes.Count(o => o.Status == AddStatus.Added), outcomes.Count(o => o.Status == AddStatus.AlreadyStored), outcomes.Count(o => o.IsFailure));
        });
        return command;
    }

    /// <summary>Prints the one-line summary on stderr and picks the exit code.</summary>
    internal static async Task<int> SummariseAsync(CliContext cli, int total, int added, int existing, int failed)
    {
        await cli.Error.WriteLineAsync($"{total} identifier(s): {added} added, {existing} already stored, {failed} failed.");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static async Task<IReadOnlyList<AddOutcome>> RunAsync(CliContext cli, AddService service, List<string> identifiers, int parallelism, CancellationToken ct)
    {
        if (identifiers.Count == 1)
        {
            return [await service.AddAsync(identifiers[0], ct)];
        }

        if (cli.ErrorIsTerminal)
        {
            IReadOnlyList<AddOutcome> result = [];
            await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().StartAsync(async context =>
            {
                var task = context.AddTask("adding", maxValue: identifiers.Count);
                result = await service.AddManyAsync(identifiers, parallelism, _ => task.Increment(1), ct);
            });
            return result;
        }

        var done = 0;
        var gate = new object();
        return await service.AddManyAsync(identifiers, parallelism, o =>
        {
            lock (gate)
            {
                done++;
                cli.Error.WriteLine($"[{done}/{identifiers.Count}] {o.Identifier}: {VocabularyNames.Name(o.Status)}");
            }
        }, ct);
    }

    private static async Task<IReadOnlyList<string>> ReadIdsAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw LitTrackerException.Invalid("--from-file", $"File '{path}' does not exist. Give a text file with one DOI or PMID per line.");
        }

        var lines = await File.ReadAllLinesAsync(path, ct);
        return [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
