using System.Diagnostics;
using System.Globalization;
using LitTracker.Import;
using LitTracker.Metadata;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>prepare-cost FILE [R]</c>: parses FILE once into memory, then times what preparing a record for
/// the writer costs (<see cref="PreparedSource.For"/>) and each of its parts alone, in µs and bytes
/// allocated per record, R passes (default 3; the first includes JIT warm-up). The import spends
/// this on whichever thread is idle, so every microsecond here is CPU both import threads share.
/// </summary>
public static class PrepareCost
{
    /// <summary>Runs the passes and prints one line per part.</summary>
    public static void Run(string file, int repeat)
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
        for (var pass = 0; pass < repeat; pass++)
        {
            Time("TitleKey.For", sources, s => TitleKey.For(s.Title));
            Time("DuplicateCandidate.From", sources, s => DuplicateCandidate.From(s));
            var keys = sources.Select(s => TitleKey.For(s.Title)).ToList();
            var k = 0;
            Time("  DuplicateTitle.Fold", sources, _ => DuplicateTitle.Fold(keys[k++ % keys.Count]));
            Time("  SurnameMatcher.Fold", sources, s => SurnameMatcher.Fold(s.Authors.FirstOrDefault()));
            Time("Keys.Suggest", sources, s => { var f = s.Authors.FirstOrDefault(); return Keys.Suggest(f?.Family ?? f?.Literal, s.Year); });
            Time("FilledMask+provenance", sources, s => rows.ImportProvenance(SourceFieldValues.FilledMask(s)));
            var filled = sources.Select(SourceFieldValues.FilledMask).ToList();
            var i = 0;
            Time("rows.Write", sources, s => rows.Write(s, "x", filled[i++ % filled.Count]));
            Time("PreparedSource.For", sources, s => PreparedSource.For(s, rows));
            var candidates = sources.Select(DuplicateCandidate.From).ToList();
            var named = candidates.Select((c, j) => c with { Id = j + 1, Key = "k" + (j + 1).ToString(CultureInfo.InvariantCulture) }).ToList();
            var alone = new DuplicateIndex();
            var m = 0;
            Time("  index Add alone", sources, _ => { alone.Add(named[m++]); return null; });
            m = 0;
            Time("  index Find alone (full)", sources, _ => alone.Find(candidates[m++]));
            var index = new DuplicateIndex();
            var n = 0;
            Time("index Find+Add", sources, s =>
            {
                var c = candidates[n];
                var found = index.Find(c);
                index.Add(c with { Id = ++n, Key = "k" + n.ToString(CultureInfo.InvariantCulture) });
                return found;
            });
            // Keys in use are answered by the index (filled above), as in an import.
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            Time("keys FirstFree", sources, s =>
            {
                var f = s.Authors.FirstOrDefault();
                var stem = Keys.Suggest(f?.Family ?? f?.Literal, s.Year);
                var key = Keys.FirstFree(stem, index.ContainsKey, positions.GetValueOrDefault(stem), out var position);
                positions[stem] = position + 1;
                return key;
            });
        }
    }

    private static void Time(string name, List<Source> sources, Func<Source, object?> f)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var w = Stopwatch.StartNew();
        object? keep = null;
        foreach (var s in sources)
        {
            keep = f(s);
        }

        w.Stop();
        GC.KeepAlive(keep);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {w.Elapsed.TotalMicroseconds / sources.Count,6:0.00} µs/record {(GC.GetAllocatedBytesForCurrentThread() - before) / (double)sources.Count,8:0} B/record"));
    }
}
