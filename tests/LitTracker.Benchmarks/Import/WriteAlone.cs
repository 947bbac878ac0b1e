using System.Diagnostics;
using System.Globalization;
using LitTracker.Import;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>write-alone FILE</c>: parses and prepares FILE's records in memory first, then writes the import's
/// own rows (<see cref="SourceInserter"/>, one transaction, the import page cache) on one thread with
/// nothing else running, and prints the SQLite step and commit time and the CPU used. Set against the
/// raw-insert ceiling in the same conditions, it tells how much of the import's SQLite time its rows
/// themselves cost (JSON authors and provenance, title key) and how much the parse thread's competition
/// for the other core adds.
/// </summary>
public static class WriteAlone
{
    /// <summary>Runs once and prints one line.</summary>
    public static async Task RunAsync(string file)
    {
        var sources = new List<Source>();
        using (var stream = File.OpenRead(file))
        {
            foreach (var p in SourceFileParser.Parse(stream, file, ImportFormat.Unspecified))
            {
                sources.Add(p.Source);
            }
        }

        var rows = new SourceRowWriter();
        var prepared = sources.Select(s => PreparedSource.For(s, rows)).ToList();
        var dbPath = Path.Combine(Path.GetTempPath(), "write-alone.db");
        foreach (var f in Directory.EnumerateFiles(Path.GetTempPath(), "write-alone.db*"))
        {
            File.Delete(f);
        }

        await using var db = await LitTrackerDatabase.OpenAsync(dbPath);
        await ImportCacheSize.ApplyAsync(db.Database.GetDbConnection(), CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync();
        long commit;
        using (var inserter = new SourceInserter((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction()))
        {
            var n = 0;
            foreach (var p in prepared)
            {
                var s = sources[n++];
                s.Key = "k" + n.ToString(CultureInfo.InvariantCulture);
                inserter.Insert(s, p.Row);
            }

            var c = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            commit = Stopwatch.GetTimestamp() - c;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"write alone: {prepared.Count} rows in {watch.Elapsed.TotalSeconds:0.00} s, steps {Stopwatch.GetElapsedTime(0, inserter.StepTicks).TotalSeconds:0.00} s, commit {Stopwatch.GetElapsedTime(0, commit).TotalSeconds:0.00} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s; load {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}"));
        }
    }
}
