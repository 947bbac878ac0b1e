using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LitTracker.Export;
using LitTracker.Import;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>import-throughput [N] [FORMAT…]</c>: writes N generated records per format to a temp folder,
/// then, for each format, times the end-to-end import (parse → normalise → dedupe → SQLite, one
/// transaction) into a fresh database and samples the peak working set; and, in the same run on
/// the same records, the raw-insert ceiling: one prepared <see cref="SqliteCommand"/> inserting the
/// rows (already in memory) in one transaction into a fresh database with the same schema.
/// </summary>
public static class ImportThroughput
{
    /// <summary>Runs from the command line and prints one line per measurement.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var formats = args.Length > 1 ? args[1..] : ["bibtex", "csv"];
        var folder = Directory.CreateTempSubdirectory("littracker-import-bench-");
        try
        {
            var ceiling = await CeilingAsync(folder.FullName, n);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw-insert ceiling: {n} rows in {ceiling.TotalSeconds:0.00} s = {n / ceiling.TotalSeconds:0} rows/s"));
            foreach (var word in formats)
            {
                var format = Enum.Parse<ExportFormat>(word, ignoreCase: true);
                var file = Path.Combine(folder.FullName, "records." + word);
                using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16))
                {
                    SourceExporter.Write(writer, RecordGenerator.Generate(n), format);
                }

                var size = new FileInfo(file).Length;
                var (elapsed, added, peak) = await ImportAsync(folder.FullName, file);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{word}: {added} of {n} records, {size / 1e6:0.0} MB, {elapsed.TotalSeconds:0.00} s = {added / elapsed.TotalSeconds:0} records/s ({ceiling.TotalSeconds / elapsed.TotalSeconds:0.00}x ceiling), peak working set {peak / 1e6:0} MB"));
                File.Delete(file);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Elapsed, int Added, long PeakBytes)> ImportAsync(string folder, string file)
    {
        var dbPath = Path.Combine(folder, "import-" + Path.GetExtension(file).TrimStart('.') + ".db");
        await using var db = await LitTrackerDatabase.OpenAsync(dbPath);
        GC.Collect();
        using var sampler = new PeakSampler();
        var watch = Stopwatch.StartNew();
        var result = await new ImportService(db).ImportAsync([ImportFile.FromPath(file)]);
        watch.Stop();
        return (watch.Elapsed, result.Added, sampler.Stop());
    }

    private static async Task<TimeSpan> CeilingAsync(string folder, int n)
    {
        var dbPath = Path.Combine(folder, "ceiling.db");
        (await LitTrackerDatabase.OpenAsync(dbPath)).Dispose();
        var rows = RecordGenerator.Generate(n).Select(Row).ToList();
        await using var connection = new SqliteConnection("Data Source=" + dbPath);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        string[] columns = ["Key", "Type", "Design", "Population", "Authors", "AuthorsIncomplete", "Title", "Container", "Year", "Month", "Volume", "Issue", "Pages", "Doi", "Pmid", "Abstract", "TitleKey", "Provenance"];
        insert.CommandText = $"INSERT INTO sources ({string.Join(", ", columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) })).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        watch.Stop();
        return watch.Elapsed;
    }

    private static object?[] Row(Source s) =>
    [
        s.Key, s.Type.ToString(), s.Design.ToString(), s.Population.ToString(),
        JsonSerializer.Serialize(s.Authors.Select(a => new { a.Family, a.Given })), 0, s.Title, s.Container, s.Year, s.Month,
        s.Volume, s.Issue, s.Pages, s.Doi?.Value, s.Pmid?.Value, s.Abstract, TitleKey.For(s.Title), "{}",
    ];

    /// <summary>Samples the process working set every 20 ms: the peak of one phase, unlike <see cref="Process.PeakWorkingSet64"/>.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        public PeakSampler()
        {
            _loop = Task.Run(async () =>
            {
                using var process = Process.GetCurrentProcess();
                while (!_stop.IsCancellationRequested)
                {
                    process.Refresh();
                    _peak = Math.Max(_peak, process.WorkingSet64);
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

        public long Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return _peak;
        }

        public void Dispose() => _stop.Dispose();
    }
}
