using System.Diagnostics;
using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>parse-throughput N FORMAT… [--repeat R] [--dir DIR] [--detect]</c>: writes N generated records per format
/// (<see cref="RecordGenerator"/> through the exporters) to a temp folder (or to DIR, kept, and
/// reused when already there, so a profiler can trace the parsing alone) and times
/// <see cref="SourceFileParser.Parse"/> alone over each file on this thread — the import's parse
/// thread without the writer — printing µs and bytes allocated per record and MB/s. With
/// <c>--repeat</c>, each file is parsed R times and the fastest pass is reported (the first pass
/// includes JIT warm-up). With <c>--detect</c> the format is detected as an import without
/// <c>--format</c> does (the text then reaches the parser through the sniffing reader).
/// </summary>
public static class ParseThroughput
{
    /// <summary>Runs from the command line and prints one line per format.</summary>
    public static void RunFromCommandLine(string[] args)
    {
        var repeatAt = Array.IndexOf(args, "--repeat");
        var repeat = repeatAt >= 0 ? int.Parse(args[repeatAt + 1], CultureInfo.InvariantCulture) : 1;
        var rest = repeatAt >= 0 ? [.. args[..repeatAt], .. args[(repeatAt + 2)..]] : args;
        var detect = rest.Contains("--detect");
        rest = [.. rest.Where(a => a != "--detect")];
        var dirAt = Array.IndexOf(rest, "--dir");
        var keep = dirAt >= 0 ? rest[dirAt + 1] : null;
        rest = dirAt >= 0 ? [.. rest[..dirAt], .. rest[(dirAt + 2)..]] : rest;
        var n = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 20_000;
        var formats = rest.Length > 1 ? rest[1..] : ["bibtex", "csv", "ris", "csljson"];
        var folder = keep is null ? Directory.CreateTempSubdirectory("littracker-parse-bench-").FullName : Directory.CreateDirectory(keep).FullName;
        try
        {
            Console.WriteLine("load average: " + LoadAverage());
            foreach (var word in formats)
            {
                var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"records{n}.{word.ToLowerInvariant()}"));
                if (keep is null || !File.Exists(file))
                {
                    using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16);
                    SourceExporter.Write(writer, RecordGenerator.Generate(n), Enum.Parse<ExportFormat>(word, ignoreCase: true));
                }

                var format = detect ? ImportFormat.Unspecified : Enum.Parse<ImportFormat>(word, ignoreCase: true);
                var bytes = new FileInfo(file).Length;
                var best = TimeSpan.MaxValue;
                var bestCpu = TimeSpan.MaxValue;
                long allocated = 0;
                var records = 0;
                for (var pass = 0; pass < repeat; pass++)
                {
                    GC.Collect();
                    var (elapsed, cpu, count, alloc) = Time(file, format);
                    bestCpu = cpu < bestCpu ? cpu : bestCpu;
                    if (elapsed < best)
                    {
                        best = elapsed;
                        allocated = alloc;
                        records = count;
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{word}: {records} records, {bytes / 1e6:0.0} MB, {best.TotalSeconds:0.000} s = {best.TotalMicroseconds / Math.Max(1, records):0.0} µs/record (thread CPU {bestCpu.TotalMicroseconds / Math.Max(1, records):0.0}), {bytes / 1e6 / best.TotalSeconds:0.0} MB/s, {allocated / (double)Math.Max(1, records):0} B allocated/record"));
            }

            Console.WriteLine("load average: " + LoadAverage());
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static (TimeSpan Elapsed, TimeSpan Cpu, int Records, long Allocated) Time(string file, ImportFormat format)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpu();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen0Before = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        var records = 0;
        using (var stream = File.OpenRead(file))
        {
            foreach (var parsed in SourceFileParser.Parse(stream, file, format))
            {
                records += parsed.Line > 0 ? 1 : 0;
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  pass: {watch.Elapsed.TotalSeconds:0.000} s, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:0} ms in {GC.CollectionCount(0) - gen0Before} collections"));
        return (watch.Elapsed, ThreadCpu() - cpuBefore, records, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // This thread's user + system time from /proc (10 ms ticks): wall time on a shared machine
    // counts other processes' turns too.
    private static TimeSpan ThreadCpu()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return TimeSpan.Zero;
        }

        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
