using System.CommandLine;
using LitTracker.Cli.Output;
using LitTracker.Grading;
using LitTracker.Metadata;
using LitTracker.Metadata.Cache;
using LitTracker.Metadata.Enriching;
using LitTracker.Metadata.Http;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker enrich [--source ID…] [--offline]</c>: fills the blanks of stored sources from Crossref and PubMed.</summary>
internal static class EnrichCommand
{
    public static Command Create(CliContext cli)
    {
        var sources = new Option<string[]>("--source") { Description = "Only these sources (id, key, DOI or pmid:N); repeat for several. Default: every source with a DOI or PMID.", HelpName = "ID", AllowMultipleArgumentsPerToken = true };
        var offline = new Option<bool>("--offline") { Description = "Re-map the cached answers only; no network." };
        var format = FormatOption.Data();
        var registry = new MetadataCliOptions();
        var command = new Command("enrich", "Fill the blanks of stored sources from Crossref and PubMed, never overwriting a person's edit.") { sources, offline, format };
        registry.AddTo(command);
        command.SetBody(cli, async (parse, ct) =>
        {
            var isOffline = parse.GetValue(offline);
            var options = isOffline ? new MetadataOptions() : registry.Build(parse, cli);
            await using var db = await CliContext.OpenAsync(parse, ct);
            using var online = isOffline ? null : new OnlineRegistries(options, TimeProvider.System);
            IMetadataRegistries registries = online is null ? new CachedRegistries(db) : online;
            var done = 0;
            var outcomes = await new EnrichService(db, registries, cli.Clock, isOffline || options.LookupCrossIds)
                .EnrichAsync(parse.GetValue(sources), o => cli.Error.WriteLine($"[{++done}] {o.SourceKey}: {VocabularyNames.Name(o.Status)}"), ct);

            var table = new Tabular(
                ["source", "outcome", "changed", "message"],
                outcomes.Select(o => (IReadOnlyList<string?>)[o.SourceKey, VocabularyNames.Name(o.Status), string.Join(", ", o.Changed.Select(f => VocabularyNames.Name(f))), string.Join("\n", [o.Message, .. o.Warnings.Select(w => "warning: " + w)])]).ToList())
            { WrapColumns = new HashSet<string>(StringComparer.Ordinal) { "message", "changed" } };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new
            {
                outcomes = outcomes.Select(o => new { sourceId = o.SourceId, source = o.SourceKey, outcome = VocabularyNames.Name(o.Status), changed = o.Changed.Select(f => VocabularyNames.Name(f)), message = o.Message, warnings = o.Warnings }),
            });
            var failed = outcomes.Count(o => o.IsFailure);
            await cli.Error.WriteLineAsync($"{outcomes.Count} source(s): {outcomes.Count(o => o.Status == EnrichStatus.Updated)} updated, {outcomes.Count(o => o.Status == EnrichStatus.Unchanged)} unchanged, {outcomes.Count(o => o.Status == EnrichStatus.NoIdentifier)} without DOI/PMID, {failed} failed.");
            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }
}
