using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LitTracker.Reports.Csl;

namespace LitTracker.Benchmarks.Csl;

/// <summary>
/// A one-shot Stopwatch measurement, run next to citeproc-js by compare.sh so both figures come
/// from the same run: <c>-- csl-timing ITEMS.json [N]</c> writes N records (the file's records
/// repeated, ids made unique) to a temporary CSL-JSON file, times reading it, then formats them
/// in Vancouver, AMA and APA (best of three after one warm-up run) and prints the times.
/// </summary>
public static class CslTiming
{
    private static readonly string[] Styles = ["vancouver", "ama", "apa"];

    /// <summary>Runs the measurement with the command-line arguments after <c>csl-timing</c>.</summary>
    public static void RunFromCommandLine(string[] args)
    {
        var source = args[0];
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var path = Path.Combine(Path.GetTempPath(), "littracker-csl-timing-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
        try
        {
            WriteRepeated(source, path, n);
            var read = Stopwatch.StartNew();
            List<CslItem> items;
            using (var stream = File.OpenRead(path))
            {
                items = [.. CslJsonItems.Read(stream, path).Items];
            }

            read.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {new FileInfo(path).Length / 1e6:F1} MB, {items.Count} records: {read.ElapsedMilliseconds} ms"));
            foreach (var style in Styles)
            {
                var processor = new CslProcessor(CslStyles.Shipped(style)!);
                Format(processor, items);
                var best = long.MaxValue;
                long allocated = 0;
                for (var run = 0; run < 3; run++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    Format(processor, items);
                    best = Math.Min(best, watch.ElapsedMilliseconds);
                    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"littracker {style}: {items.Count} records in {best} ms ({allocated / 1e6:F0} MB allocated)"));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int Format(CslProcessor processor, List<CslItem> items)
    {
        var length = 0;
        foreach (var entry in processor.FormatBibliography(items))
        {
            length += entry.ToPlainText().Length;
        }

        return length;
    }

    private static void WriteRepeated(string source, string path, int n)
    {
        var template = JsonNode.Parse(File.ReadAllText(source))!.AsArray();
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartArray();
        for (var i = 0; i < n; i++)
        {
            var item = template[i % template.Count]!.DeepClone().AsObject();
            item["id"] = (item["id"]?.ToString() ?? "item") + "-" + i.ToString(CultureInfo.InvariantCulture);
            item.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
