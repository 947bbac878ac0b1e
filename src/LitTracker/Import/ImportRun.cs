using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Import;

/// <summary>The state of one import run: the duplicate index (which also answers which keys are in use), counts, and how to undo a file.</summary>
internal sealed class ImportRun(
    LitTrackerDbContext db,
    SourceInserter inserter,
    DuplicateIndex index,
    ImportOptions options,
    ImportResult result,
    IProgress<ImportProgress>? progress,
    int fileCount,
    PrepareSide prepareSide = PrepareSide.Balanced)
{
    private const int ProgressEvery = 500;
    private long _records;

    // Per key stem, how many keys of its sequence are known to be in use (keys only grow, until Undo).
    private readonly Dictionary<string, int> _keyPositions = new(StringComparer.Ordinal);

    // One per side: the parse thread (one file, so one producer, at a time) and the writer.
    private readonly SourceRowWriter _parserRows = new();
    private readonly SourceRowWriter _writerRows = new();

    public ImportOptions Options => options;

    public ImportTimings Timings { get; } = new();

    public RunMark Mark() => new(index.Checkpoint(), result.Added, result.Merged, result.SkippedDuplicates, result.Failed,
        result.Issues.Count, result.Duplicates.Count, result.AddedKeys.Count, _records);

    public bool FileHadProblems(RunMark mark) => result.Issues.Count > mark.Issues || result.Failed > mark.Failed;

    /// <summary>Forgets what a rolled-back file did: every record read from it now counts as failed.</summary>
    public void Undo(RunMark mark, string file)
    {
        // Rolling the index back also frees the keys the file's records took.
        index.RollbackTo(mark.Index);
        _keyPositions.Clear();
        result.AddedKeys.TruncateTo(mark.AddedKeys);
        result.Duplicates.RemoveRange(mark.Duplicates, result.Duplicates.Count - mark.Duplicates);
        var landed = result.Added - mark.Added + result.Merged - mark.Merged + result.SkippedDuplicates - mark.Skipped;
        var problems = result.Issues.Count - mark.Issues;
        result.Failed += landed;
        result.Added = mark.Added;
        result.Merged = mark.Merged;
        result.SkippedDuplicates = mark.Skipped;
        result.AbortedFiles.Add(file);
        result.Issues.Add(new ImportIssue(file, 0, null, null, ImportSeverity.Error,
            $"--strict: the file had {problems} problem(s), so none of its {_records - mark.Records} record(s) were imported. Fix the problems above, or import without --strict to keep the good records."));
    }

    public async Task ReadFileAsync(ImportFile file, int fileIndex, CancellationToken ct)
    {
        Stream stream;
        try
        {
            stream = file.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            result.Failed++;
            result.Issues.Add(new ImportIssue(file.Name, 0, null, null, ImportSeverity.Error, $"The file cannot be read ({e.Message}). Check the path and its permissions."));
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            var length = stream.CanSeek ? stream.Length : (long?)null;
            var feed = RecordFeed.Start(stream, file.Name, options.Format, prepareSide, _parserRows, Timings, ct);
            await using (feed.ConfigureAwait(false))
            {
                while (await feed.NextAsync(ct).ConfigureAwait(false) is { } batch)
                {
                    foreach (var item in batch)
                    {
                        if (item.Parsed is not { } parsed)
                        {
                            Report(item.Issue!);
                            continue;
                        }

                        _records++;
                        var prepared = item.Prepared ?? RecordFeed.Prepare(parsed.Source, _writerRows, ref Timings.WriterPrepareTicks);
                        await StoreAsync(parsed, prepared, file.Name, ct).ConfigureAwait(false);
                        if (_records % ProgressEvery == 0)
                        {
                            progress?.Report(new ImportProgress(file.Name, fileIndex, fileCount, _records, item.Position, length));
                        }
                    }
                }
            }

            progress?.Report(new ImportProgress(file.Name, fileIndex, fileCount, _records, length, length));
        }
    }

    private void Report(ImportIssue issue)
    {
        result.Issues.Add(issue);
        if (issue.Severity == ImportSeverity.Error)
        {
            result.Failed++;
        }
    }

    private async Task StoreAsync(ParsedSource parsed, PreparedSource? prepared, string file, CancellationToken ct)
    {
        var source = parsed.Source;
        if (prepared is not null)
        {
            result.Issues.AddRange(parsed.Issues);
        }
        else
        {
            // The parser's own "imported without a title" warning would contradict this error.
            result.Failed++;
            result.Issues.Add(new ImportIssue(file, parsed.Line, null, parsed.RecordKey, ImportSeverity.Error,
                "The record has no title and was not imported: add its title and import the file again."));
            return;
        }

        if (index.Find(prepared.Candidate) is { } found)
        {
            var action = options.OnDuplicate == DuplicateAction.Unspecified ? DuplicateAction.Skip : options.OnDuplicate;
            if (action == DuplicateAction.Keep && found.Match.Reason != DuplicateReason.SimilarTitle)
            {
                result.Issues.Add(new ImportIssue(file, parsed.Line, null, parsed.RecordKey, ImportSeverity.Warning,
                    $"The record has the same {(found.Match.Reason == DuplicateReason.SameDoi ? "DOI" : "PMID")} as source '{found.Existing.Key}' and a DOI or PMID is stored once, so it was skipped. Use --on-duplicate merge to add its details to that source."));
                action = DuplicateAction.Skip;
            }

            result.Duplicates.Add(new ImportDuplicate(file, parsed.Line, parsed.RecordKey, found.Existing.Key, found.Match, action));
            if (action == DuplicateAction.Skip)
            {
                result.SkippedDuplicates++;
                return;
            }

            if (action == DuplicateAction.Merge)
            {
                await MergeAsync(found.Existing, source, ct).ConfigureAwait(false);
                result.Merged++;
                return;
            }
        }

        Insert(source, prepared);
    }

    private void Insert(Source source, PreparedSource prepared)
    {
        var stem = prepared.KeyStem;
        source.Key = Keys.FirstFree(stem, index.ContainsKey, _keyPositions.GetValueOrDefault(stem), out var position);
        _keyPositions[stem] = position + 1;
        source.TitleKey = prepared.Candidate.TitleKey;
        source.Provenance = prepared.Provenance;
        inserter.Insert(source, prepared.Row);
        index.Add(prepared.Candidate with { Id = source.Id, Key = source.Key });
        result.Added++;
        result.AddedKeys.Add(source.Key);
    }

    private async Task MergeAsync(DuplicateCandidate existing, Source record, CancellationToken ct)
    {
        var stored = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == existing.Id, ct).ConfigureAwait(false);
        var changed = SourceCombiner.Combine(stored, record, FieldOrigin.Import);
        if (changed.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        if (changed.Any(f => f is SourceField.Doi or SourceField.Pmid or SourceField.Title or SourceField.Date or SourceField.Authors or SourceField.Type))
        {
            // The merged source is now findable by what it gained (a DOI, a fuller title…).
            index.Add(DuplicateCandidate.From(stored));
        }
    }
}

/// <summary>Counts at the start of a file, to undo it.</summary>
internal readonly record struct RunMark(int Index, int Added, int Merged, int Skipped, int Failed, int Issues, int Duplicates, int AddedKeys, long Records);

/// <summary>One record (with the stream position after it and, if the parser prepared it, what storing it needs) or one issue, from the parsing thread.</summary>
internal sealed record ParsedItem(ParsedSource? Parsed, ImportIssue? Issue, long? Position, PreparedSource? Prepared);

