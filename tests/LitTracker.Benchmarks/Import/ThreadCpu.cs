using System.Globalization;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// CPU time of each of this process's threads, from <c>/proc/self/task/*/stat</c> (10 ms ticks), so
/// an import's CPU can be split between the parse thread, the writer, the garbage collector and the
/// JIT: wall time on two busy cores does not tell them apart, and a sampling profiler mostly sees
/// threads waiting.
/// </summary>
internal sealed class ThreadCpu : IDisposable
{
    private readonly Dictionary<int, (string Name, long Ticks)> _start = Snapshot();

    // Threads that end (the parse thread, idle pool workers) take their counts with them: sample
    // every 20 ms and keep the last reading of each.
    private readonly Dictionary<int, (string Name, long Ticks)> _last = [];
    private readonly Timer _timer;

    public ThreadCpu() => _timer = new Timer(_ => Sample(), null, 0, 20);

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Snapshot();
        lock (_last)
        {
            foreach (var (tid, reading) in now)
            {
                _last[tid] = reading;
            }
        }
    }

    /// <summary>The threads that used at least <paramref name="minimum"/> since this was made, by name, busiest first, as one line.</summary>
    public string Report(TimeSpan minimum)
    {
        Sample();
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        List<KeyValuePair<int, (string Name, long Ticks)>> seen;
        lock (_last)
        {
            seen = [.. _last];
        }

        foreach (var (tid, (name, ticks)) in seen)
        {
            var used = ticks - (_start.TryGetValue(tid, out var before) ? before.Ticks : 0);
            byName[name] = byName.GetValueOrDefault(name) + used;
        }

        var parts = byName.Where(p => p.Value * 10 >= minimum.TotalMilliseconds).OrderByDescending(p => p.Value)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / 100.0:0.00} s"));
        return string.Join(", ", parts);
    }

    private static Dictionary<int, (string Name, long Ticks)> Snapshot()
    {
        var result = new Dictionary<int, (string, long)>();
        if (!Directory.Exists("/proc/self/task"))
        {
            return result;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var text = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = text.IndexOf('(', StringComparison.Ordinal);
                var close = text.LastIndexOf(')');
                var fields = text[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                result[int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture)] = (text[(open + 1)..close], ticks);
            }
            catch (IOException)
            {
                // The thread ended between listing and reading.
            }
        }

        return result;
    }
}
