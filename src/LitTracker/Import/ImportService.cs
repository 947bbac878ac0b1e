using System.Diagnostics;
using LitTracker.Persistence;
using LitTracker.Sources.Duplicates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LitTracker.Import;

/// <summary>
/// Imports bibliography files into the source library: parses each file as it streams, finds
/// duplicates (<see cref="DuplicateRules"/>) against the library and the records already read,
/// gives new sources keys, and stores them — all in one transaction, so a crash, a kill or a
/// cancellation leaves the database as it was. With <see cref="ImportOptions.Strict"/>, a file with
/// any problem is rolled back to a savepoint taken at its start and the other files still land; a
/// dry run rolls everything back at the end.
/// </summary>
public sealed class ImportService(LitTrackerDbContext db)
{
    /// <summary>Where the last run's time went (for the throughput benchmark).</summary>
    internal ImportTimings? LastTimings { get; private set; }

    /// <summary>Which thread prepares records (the benchmark compares them); the result is the same.</summary>
    internal PrepareSide PrepareSide { get; init; }

    /// <summary>The page cache the run uses, in KiB (the benchmark compares sizes); the result is the same.</summary>
    internal int CacheKibibytes { get; init; } = ImportCacheSize.Kibibytes;

    /// <summary>Runs the import; problems with the files are in the result, never thrown.</summary>
    /// <param name="files">The files, imported in order.</param>
    /// <param name="options">How to run.</param>
    /// <param name="progress">Receives progress every few hundred records; may be null.</param>
    /// <param name="ct">Cancels the run; nothing is written then.</param>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<ImportFile> files, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new ImportOptions();
        var result = new ImportResult { DryRun = options.DryRun };
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        long? cacheSize = null;
        try
        {
            cacheSize = await ImportCacheSize.ApplyAsync(db.Database.GetDbConnection(), CacheKibibytes, ct).ConfigureAwait(false);
            var index = await LoadIndexAsync(ct).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            using var inserter = new SourceInserter((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction());
            var run = new ImportRun(db, inserter, index, options, result, progress, files.Count, PrepareSide);
            LastTimings = run.Timings;
            for (var i = 0; i < files.Count; i++)
            {
                await ImportFileAsync(run, transaction, files[i], i, ct).ConfigureAwait(false);
            }

            run.Timings.StepTicks = inserter.StepTicks;
            var committing = Stopwatch.GetTimestamp();
            if (options.DryRun)
            {
                await transaction.RollbackAsync(ct).ConfigureAwait(false);
            }
            else
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }

            run.Timings.CommitTicks = Stopwatch.GetTimestamp() - committing;
            return result;
        }
        finally
        {
            try
            {
                if (cacheSize is { } previous)
                {
                    await ImportCacheSize.RestoreAsync(db.Database.GetDbConnection(), previous).ConfigureAwait(false);
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ImportFileAsync(ImportRun run, IDbContextTransaction transaction, ImportFile file, int fileIndex, CancellationToken ct)
    {
        var strict = run.Options.Strict;
        var savepoint = "import_file_" + fileIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (strict)
        {
            await transaction.CreateSavepointAsync(savepoint, ct).ConfigureAwait(false);
        }

        var mark = run.Mark();
        await run.ReadFileAsync(file, fileIndex, ct).ConfigureAwait(false);
        if (strict && run.FileHadProblems(mark))
        {
            await transaction.RollbackToSavepointAsync(savepoint, ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            run.Undo(mark, file.Name);
        }
        else if (strict)
        {
            await transaction.ReleaseSavepointAsync(savepoint, ct).ConfigureAwait(false);
        }
    }

    private async Task<DuplicateIndex> LoadIndexAsync(CancellationToken ct)
    {
        var index = new DuplicateIndex();
        var rows = db.Sources.AsNoTracking()
            .Select(s => new { s.Id, s.Key, s.Doi, s.Pmid, s.TitleKey, s.Year, s.Authors, s.Type })
            .AsAsyncEnumerable();
        await foreach (var s in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            index.Add(DuplicateCandidate.FromTitleKey(s.Id, s.Key, s.Doi, s.Pmid, s.TitleKey, s.Year, s.Authors.FirstOrDefault(), s.Type));
        }

        return index;
    }
}
