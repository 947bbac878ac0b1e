using System.Diagnostics;
using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;
using LitTracker.Persistence;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>import-cache N KIB… [--rounds R]</c>: imports the same N generated CSV records into a fresh
/// database once per page-cache size per round (sizes alternating, so drift on a shared machine hits
/// each alike) and prints time, process CPU, the writer's SQLite time and SQLite's peak memory.
/// </summary>
public static class CacheCompare
{
    /// <summary>Runs from the command line and prints one line per import and a summary per size.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt >= 0 ? int.Parse(args[roundsAt + 1], CultureInfo.InvariantCulture) : 2;
        var rest = roundsAt >= 0 ? [.. args[..roundsAt], .. args[(roundsAt + 2)..]] : args;
        var n = int.Parse(rest[0], CultureInfo.InvariantCulture);
        var sizes = rest[1..].Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var folder = Directory.CreateTempSubdirectory("littracker-import-cache-").FullName;
        try
        {
            var file = Path.Combine(folder, "records.csv");
            using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16))
            {
                SourceExporter.Write(writer, RecordGenerator.Generate(n), ExportFormat.Csv);
            }

            Console.WriteLine("load average: " + LoadAverage());
            var totals = sizes.ToDictionary(s => s, _ => (Seconds: 0.0, Cpu: 0.0, Sqlite: 0.0));
            var run = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var kib in round % 2 == 0 ? sizes : sizes.Reverse())
                {
                    var dbPath = Path.Combine(folder, $"import{run++}.db");
                    await using (var db = await LitTrackerDatabase.OpenAsync(dbPath))
                    {
                        GC.Collect();
                        SQLitePCL.raw.sqlite3_memory_highwater(1);
                        using var process = Process.GetCurrentProcess();
                        var cpu = process.TotalProcessorTime;
                        var watch = Stopwatch.StartNew();
                        var service = new ImportService(db) { CacheKibibytes = kib };
                        var result = await service.ImportAsync([ImportFile.FromPath(file)]);
                        watch.Stop();
                        process.Refresh();
                        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
                        var timings = service.LastTimings!;
                        var sqlite = ImportTimings.Time(timings.StepTicks + timings.CommitTicks).TotalSeconds;
                        var t = totals[kib];
                        totals[kib] = (t.Seconds + watch.Elapsed.TotalSeconds, t.Cpu + used, t.Sqlite + sqlite);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"cache {kib / 1024} MB: {result.Added} added, {watch.Elapsed.TotalSeconds:0.00} s, CPU {used:0.00} s, SQLite steps + commit {sqlite:0.00} s, SQLite memory high water {SQLitePCL.raw.sqlite3_memory_highwater(0) / 1e6:0} MB; load {LoadAverage()}"));
                    }

                    SqliteConnection.ClearAllPools();
                    foreach (var side in Directory.GetFiles(folder, "import*.db*"))
                    {
                        File.Delete(side);
                    }
                }
            }

            foreach (var (kib, t) in totals)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cache {kib / 1024} MB, mean of {rounds}: {t.Seconds / rounds:0.00} s, CPU {t.Cpu / rounds:0.00} s, SQLite {t.Sqlite / rounds:0.00} s"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
