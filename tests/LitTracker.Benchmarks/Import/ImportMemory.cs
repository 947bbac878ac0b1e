using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;
using LitTracker.Persistence;
using LitTracker.Sources.Duplicates;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>import-memory N [FORMAT]</c>: writes N generated records (CSV unless FORMAT says otherwise) to a
/// temp folder, imports them end to end into a fresh database (no ceiling run) and prints the time,
/// process CPU time, the peak working set (sampled every 20 ms during the import), the garbage
/// collector's view after it, and the load average; then the live heap of a
/// <see cref="DuplicateIndex"/> holding the same N records, per record. <c>import-memory --from-only</c>
/// times <see cref="DuplicateCandidate.From(LitTracker.Sources.Source)"/> alone.
/// </summary>
public static class ImportMemory
{
    /// <summary>Runs from the command line and prints one line per measurement.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        if (args is ["--from-only", ..])
        {
            FromCost();
            return;
        }

        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var word = args.Length > 1 ? args[1] : "csv";
        var folder = Directory.CreateTempSubdirectory("littracker-import-memory-").FullName;
        try
        {
            Console.WriteLine("load average: " + LoadAverage());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC: server={GCSettings.IsServerGC} latency={GCSettings.LatencyMode} concurrent={AppContext.GetData("System.GC.Concurrent") ?? "default"} conserve={AppContext.GetData("System.GC.ConserveMemory") ?? Environment.GetEnvironmentVariable("DOTNET_GCConserveMemory") ?? "default"}"));
            var file = Path.Combine(folder, "records." + word.ToLowerInvariant());
            using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16))
            {
                SourceExporter.Write(writer, RecordGenerator.Generate(n), Enum.Parse<ExportFormat>(word, ignoreCase: true));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {new FileInfo(file).Length / 1e6:0.0} MB ({word})"));
            await ImportAsync(folder, file, n);
            File.Delete(file);
            Console.WriteLine("load average: " + LoadAverage());
            IndexOnly(n);
            Console.WriteLine("load average: " + LoadAverage());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ImportAsync(string folder, string file, int n)
    {
        var dbPath = Path.Combine(folder, "import.db");
        await using var db = await LitTrackerDatabase.OpenAsync(dbPath);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"before import: working set {process.WorkingSet64 / 1e6:0} MB, GC heap {GC.GetTotalMemory(false) / 1e6:0} MB; {PeakSampler.Describe()}"));
        var cpu = process.TotalProcessorTime;
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

        // The import's own allocations: the process allocated as much again writing the file.
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var every = Environment.GetEnvironmentVariable("IMPORT_MEMORY_EVERY") is { } seconds ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : (TimeSpan?)null;
        using var sampler = new PeakSampler(every);
        var watch = Stopwatch.StartNew();
        var result = await new ImportService(db).ImportAsync([ImportFile.FromPath(file)]);
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peak = sampler.Stop();
        process.Refresh();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {result.Added} of {n} added, {watch.Elapsed.TotalSeconds:0.00} s = {result.Added / watch.Elapsed.TotalSeconds:0} records/s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.0} s, peak working set {peak / 1e6:0} MB"));
        Console.WriteLine("at the peak: " + sampler.AtPeak);
        foreach (var side in Directory.GetFiles(folder, "import.db*"))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(side)}: {new FileInfo(side).Length / 1e6:0.0} MB"));
        }

        Console.WriteLine("after the import: " + PeakSampler.Describe());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC after: last heap {info.HeapSizeBytes / 1e6:0} MB (fragmented {info.FragmentedBytes / 1e6:0} MB, committed {info.TotalCommittedBytes / 1e6:0} MB), last full GC heap {full.HeapSizeBytes / 1e6:0} MB, GCs gen0/1/2 {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, the import allocated {allocated / 1e9:0.0} GB ({allocated / Math.Max(1, result.Added) / 1e3:0.0} KB a record)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after the import: SQLite memory used {SQLitePCL.raw.sqlite3_memory_used() / 1e6:0} MB (high water {SQLitePCL.raw.sqlite3_memory_highwater(0) / 1e6:0} MB); live heap after a full GC {GC.GetTotalMemory(true) / 1e6:0} MB with the result held ({result.AddedKeys.Count} keys)"));
    }

    // The duplicate index alone, as an import of the same records builds it (keys as the import gives them).
    private static void IndexOnly(int n)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new DuplicateIndex();
        var id = 0;
        long building = 0;
        foreach (var source in RecordGenerator.Generate(n))
        {
            id++;
            var start = Stopwatch.GetTimestamp();
            var candidate = DuplicateCandidate.From(source);
            building += Stopwatch.GetTimestamp() - start;
            index.Add(candidate with { Id = id });
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index only: {index.Count} records, live heap {(after - before) / 1e6:0.0} MB = {(double)(after - before) / n:0} bytes/record; DuplicateCandidate.From {Stopwatch.GetElapsedTime(0, building).TotalMilliseconds * 1000 / n:0.00} µs/record"));
        GC.KeepAlive(index);
    }

    // DuplicateCandidate.From alone on 20,000 records held in memory: the fastest of seven passes,
    // which shrugs off most of the noise of a shared machine.
    private static void FromCost()
    {
        var sources = RecordGenerator.Generate(20_000).ToList();
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < 7; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var source in sources)
            {
                GC.KeepAlive(DuplicateCandidate.From(source));
            }

            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"DuplicateCandidate.From: {best.TotalMilliseconds * 1000 / sources.Count:0.00} µs/record (fastest of 7 passes over 20,000 records; load average {LoadAverage()})"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
