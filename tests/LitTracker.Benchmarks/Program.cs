using BenchmarkDotNet.Running;

namespace LitTracker.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/LitTracker.Benchmarks -- --filter '*'</c>;
/// <c>-- metadata-throughput [N] [RATE]</c> runs the metadata add-throughput measurement once;
/// <c>-- import-throughput [N] [FORMAT…] [--dir DIR]</c> the import throughput and raw-insert ceiling once
/// (<c>Import/citationjs.sh</c> adds citation-js parsing the same BibTeX file);
/// <c>-- import-memory [N] [FORMAT]</c> the end-to-end import's time and peak memory alone;
/// <c>-- import-cache N KIB…</c> the same import with SQLite page caches of each size, alternating.
/// <c>-- parse-throughput N [FORMAT…] [--repeat R]</c> times the import parsers alone;
/// <c>-- write-alone FILE</c> writes FILE's prepared rows on one thread alone (SQLite time without the parser);
/// <c>-- prepare-cost FILE [R]</c> times preparing parsed records for the writer, part by part;
/// <c>-- write-records N FILE [--preprints PERCENT] [--no-study-numbers]</c> only writes N generated records as CSV (for prepare-cost);
/// <c>-- parse-dump OUT [N]</c> dumps everything they produce, to compare before and after a change.
/// <c>-- csl-timing ITEMS.json [N]</c> times the CSL processor on N records.
/// <c>-- load-data PATH [--articles N] [--claims N]</c> writes the service load test's database;
/// <c>-- load-verify PATH WRITES…</c> checks that every acknowledged write of the load test is stored
/// (see Service/load.sh).
/// Each feature keeps its benchmarks in its own folder; figures go to docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        // A one-shot measurement that takes tens of seconds by design (it runs at the rate limit).
        if (args is ["metadata-throughput", ..])
        {
            await Metadata.AddThroughput.RunFromCommandLineAsync(args[1..]);
            return;
        }

        if (args is ["import-throughput", ..])
        {
            await Import.ImportThroughput.RunFromCommandLineAsync(args[1..]);
            return;
        }

        if (args is ["parse-throughput", ..])
        {
            Import.ParseThroughput.RunFromCommandLine(args[1..]);
            return;
        }

        if (args is ["write-alone", _])
        {
            await Import.WriteAlone.RunAsync(args[1]);
            return;
        }

        if (args is ["prepare-cost", _, ..])
        {
            Import.PrepareCost.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["write-records", _, _, ..])
        {
            Import.RecordGenerator.WriteCsv(args[1..]);
            return;
        }

        if (args is ["parse-dump", _, ..])
        {
            Import.ParseDump.RunFromCommandLine(args[1..]);
            return;
        }

        if (args is ["import-cache", _, _, ..])
        {
            await Import.CacheCompare.RunFromCommandLineAsync(args[1..]);
            return;
        }

        if (args is ["import-memory", ..])
        {
            await Import.ImportMemory.RunFromCommandLineAsync(args[1..]);
            return;
        }

        if (args is ["load-data", _, ..])
        {
            await Service.LoadData.RunFromCommandLineAsync(args[1..]);
            return;
        }

        if (args is ["load-verify", _, _, ..])
        {
            Service.LoadVerify.Run(args[1..]);
            return;
        }

        if (args is ["csl-timing", _, ..])
        {
            Csl.CslTiming.RunFromCommandLine(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
