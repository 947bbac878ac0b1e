using System.Diagnostics;
using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;
using LitTracker.Persistence;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>import-throughput [N] [FORMAT…] [--dir DIR]</c>: writes N generated records per format (and as
/// CSV, for the ceiling) to a temp folder, or to DIR and keeps them there (so <c>citationjs.sh</c>
/// can parse the same file); then, in one run on the same files, times the raw-insert ceiling
/// (<see cref="RawInsertCeiling"/>) and, per format, the end-to-end import (parse → normalise →
/// dedupe → SQLite, one transaction) into a fresh database, sampling the peak working set.
/// </summary>
public static class ImportThroughput
{
    /// <summary>Runs from the command line and prints one line per measurement.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        var dirAt = Array.IndexOf(args, "--dir");
        var keep = dirAt >= 0 ? args[dirAt + 1] : null;
        var rest = dirAt >= 0 ? [.. args[..dirAt], .. args[(dirAt + 2)..]] : args;

        // --prepare parser,writer,balanced: import each format once per side that prepares records (default: balanced).
        var prepareAt = Array.IndexOf(rest, "--prepare");
        var sides = prepareAt >= 0 ? rest[prepareAt + 1].Split(',').Select(w => Enum.Parse<PrepareSide>(w, ignoreCase: true)).ToArray() : [PrepareSide.Balanced];
        rest = prepareAt >= 0 ? [.. rest[..prepareAt], .. rest[(prepareAt + 2)..]] : rest;
        var n = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000;
        var formats = rest.Length > 1 ? rest[1..] : ["bibtex", "csv"];
        var folder = keep is null ? Directory.CreateTempSubdirectory("littracker-import-bench-").FullName : Directory.CreateDirectory(keep).FullName;
        try
        {
            Console.WriteLine("load average: " + LoadAverage());
            foreach (var word in formats.Append("csv").Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Write(folder, word, n);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var ceiling = await RawInsertCeiling.RunAsync(folder, FileOf(folder, "csv"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ceiling CPU time (process, user + system) {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"raw-insert ceiling (CsvHelper read + raw prepared insert, one transaction, import page cache): {ceiling.Rows} rows in {ceiling.Total.TotalSeconds:0.00} s = {ceiling.Rows / ceiling.Total.TotalSeconds:0} rows/s, of which SQLite {ceiling.Sqlite.TotalSeconds:0.00} s (steps {(ceiling.Sqlite - ceiling.Commit).TotalSeconds:0.00} s + commit {ceiling.Commit.TotalSeconds:0.00} s)"));
            var runs = 0;
            foreach (var (word, side) in formats.SelectMany(f => sides.Select(s => (f, s))))
            {
                var file = FileOf(folder, word);
                var (elapsed, added, peak, timings) = await ImportAsync(folder, file, side, runs++);
                if (sides.Length > 1)
                {
                    Console.WriteLine($"({word}, records prepared by the {side.ToString().ToLowerInvariant()} side)");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{word}: {added} of {n} records, {new FileInfo(file).Length / 1e6:0.0} MB, {elapsed.TotalSeconds:0.00} s = {added / elapsed.TotalSeconds:0} records/s ({ceiling.Total.TotalSeconds / elapsed.TotalSeconds:0.00}x ceiling), peak working set {peak / 1e6:0} MB"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {word} waits: writer waited for records {Seconds(timings.WriterWaitTicks)} s, parser waited for room {Seconds(timings.ParserWaitTicks)} s; parse thread {Seconds(timings.ParserTicks)} s of which preparing {Seconds(timings.ParserPrepareTicks)} s; writer preparing {Seconds(timings.WriterPrepareTicks)} s; SQLite steps {Seconds(timings.StepTicks)} s + commit {Seconds(timings.CommitTicks)} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"result {word} seconds={elapsed.TotalSeconds:0.000} ceiling={ceiling.Total.TotalSeconds:0.000}"));
            }

            Console.WriteLine("load average: " + LoadAverage());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var db in Directory.EnumerateFiles(folder, "*.db*"))
            {
                File.Delete(db);
            }

            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string FileOf(string folder, string word) => Path.Combine(folder, "records." + word.ToLowerInvariant());

    private static void Write(string folder, string word, int n)
    {
        var file = FileOf(folder, word);
        var format = Enum.Parse<ExportFormat>(word, ignoreCase: true);
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16);
        SourceExporter.Write(writer, RecordGenerator.Generate(n), format);
    }

    private static async Task<(TimeSpan Elapsed, int Added, long PeakBytes, ImportTimings Timings)> ImportAsync(string folder, string file, PrepareSide side, int run)
    {
        var dbPath = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"import-{run}-{Path.GetExtension(file).TrimStart('.')}.db"));
        await using var db = await LitTrackerDatabase.OpenAsync(dbPath);
        GC.Collect();
        using var sampler = new PeakSampler();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var threads = new ThreadCpu();
        var (jitMethods, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var service = new ImportService(db) { PrepareSide = side };
        var result = await service.ImportAsync([ImportFile.FromPath(file)]);
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  import CPU time (process, user + system) {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s; by thread: {threads.Report(TimeSpan.FromMilliseconds(50))}; JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds:0.00} s"));
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import GC: {allocated / 1e6:0} MB allocated ({allocated / Math.Max(1, result.Added) / 1e3:0.0} KB a record), collections gen0 {GC.CollectionCount(0) - gen0} / gen1 {GC.CollectionCount(1) - gen1} / gen2 {GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s"));
        return (watch.Elapsed, result.Added, sampler.Stop(), service.LastTimings!);
    }

    private static string Seconds(long ticks) => ImportTimings.Time(ticks).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
