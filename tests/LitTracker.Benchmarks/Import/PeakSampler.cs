using System.Diagnostics;
using System.Globalization;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// Samples the process working set every 20 ms: the peak of one phase, unlike <see cref="Process.PeakWorkingSet64"/>.
/// At the peak it also keeps where the memory was (<c>/proc/self/status</c>: anonymous, file-backed and
/// shared resident memory) and the garbage collector's view (heap size, committed, per generation),
/// so a run says what the peak is made of.
/// </summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    /// <param name="every">When set, also prints <see cref="Describe"/> at this interval (a timeline of the phase).</param>
    public PeakSampler(TimeSpan? every = null)
    {
        _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            var watch = Stopwatch.StartNew();
            var next = every ?? TimeSpan.MaxValue;
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                if (watch.Elapsed >= next)
                {
                    next += every!.Value;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,5:0.0} s: working set {process.WorkingSet64 / 1e6:0} MB; {Describe()}"));
                }

                if (process.WorkingSet64 > _peak)
                {
                    _peak = process.WorkingSet64;
                    AtPeak = Describe();
                }

                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    /// <summary>What the memory was made of at the peak.</summary>
    public string AtPeak { get; private set; } = "";

    public long Stop()
    {
        _stop.Cancel();
        _loop.Wait();
        return _peak;
    }

    public void Dispose() => _stop.Dispose();

    /// <summary>Resident memory by kind and the GC's last view, in MB, on one line.</summary>
    public static string Describe()
    {
        var status = ProcStatus();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var generations = string.Join("/", Enumerable.Range(0, info.GenerationInfo.Length)
            .Select(g => (info.GenerationInfo[g].SizeAfterBytes / 1e6).ToString("0", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture,
            $"RssAnon {status.GetValueOrDefault("RssAnon") / 1e3:0} MB, RssFile {status.GetValueOrDefault("RssFile") / 1e3:0} MB, RssShmem {status.GetValueOrDefault("RssShmem") / 1e3:0} MB; SQLite {SQLitePCL.raw.sqlite3_memory_used() / 1e6:0} MB; GC heap now {GC.GetTotalMemory(false) / 1e6:0} MB, committed {GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes / 1e6:0} MB, last GC #{info.Index} ({info.Generation}) heap {info.HeapSizeBytes / 1e6:0} MB, fragmented {info.FragmentedBytes / 1e6:0} MB, promoted {info.PromotedBytes / 1e6:0} MB, after gen0/1/2/LOH/POH {generations} MB");
    }

    private static Dictionary<string, long> ProcStatus()
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists("/proc/self/status"))
        {
            return values;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var parts = line[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (colon > 0 && parts is [var number, "kB"])
            {
                values[line[..colon]] = long.Parse(number, CultureInfo.InvariantCulture);
            }
        }

        return values;
    }
}
