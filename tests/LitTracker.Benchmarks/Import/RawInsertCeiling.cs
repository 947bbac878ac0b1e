using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Import;
using LitTracker.Persistence;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// The issue's ceiling for an import: the same records read from the CSV file with CsvHelper and
/// inserted as they are (no normalisation, no dedupe, no key rules) with one prepared insert in one
/// transaction, into a fresh database with the same schema, indexes and journal mode. It uses what
/// the import itself uses, so it is never the slower of the two for want of it: the raw statement
/// bound by index (<see cref="RawStatement"/>) and the import's page cache (<see cref="ImportCacheSize"/>).
/// Everything from opening the file to the commit is timed; the time inside SQLite (the insert
/// steps and the commit) is reported apart.
/// </summary>
internal static class RawInsertCeiling
{
    // CSV header → sources column; the rest get their defaults, as a raw load would leave them.
    private static readonly (string Header, string Column)[] Map =
    [
        ("Key", "Key"), ("Type", "Type"), ("Title", "Title"), ("Authors", "Authors"), ("Year", "Year"), ("Journal", "Container"),
        ("Journal Abbreviation", "ContainerAbbreviation"), ("Volume", "Volume"), ("Issue", "Issue"), ("Pages", "Pages"),
        ("DOI", "Doi"), ("PMID", "Pmid"), ("PMCID", "Pmcid"), ("URL", "Url"), ("Publisher", "Publisher"), ("Abstract", "Abstract"),
    ];

    public static async Task<(TimeSpan Total, TimeSpan Sqlite, TimeSpan Commit, int Rows)> RunAsync(string folder, string csvFile)
    {
        var dbPath = Path.Combine(folder, "ceiling.db");
        (await LitTrackerDatabase.OpenAsync(dbPath)).Dispose();
        await using var connection = new SqliteConnection("Data Source=" + dbPath + ";Pooling=False");
        await connection.OpenAsync();
        await ImportCacheSize.ApplyAsync(connection, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        long commitTicks;
        long stepTicks;
        var rows = 0;
        using (var reader = new StreamReader(csvFile))
        using (var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            string[] columns = [.. Map.Select(m => m.Column), "Design", "Population", "AuthorsIncomplete", "TitleKey", "Provenance"];
            using var insert = new RawStatement(connection,
                $"INSERT INTO sources ({string.Join(", ", columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))});");

            // Bindings stay across executions: the constant columns are bound once. Parameters are 1-based.
            insert.BindText(Map.Length + 1, "Unspecified");
            insert.BindText(Map.Length + 2, "Unspecified");
            insert.BindInt64(Map.Length + 3, 0);
            insert.BindText(Map.Length + 5, "{}");
            csv.Read();
            csv.ReadHeader();
            var fields = Map.Select(m => csv.GetFieldIndex(m.Header)).ToArray();
            while (csv.Read())
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    var value = csv.GetField(fields[i]);
                    insert.BindText(i + 1, string.IsNullOrEmpty(value) ? null : value);
                }

                // The title as it is stands in for the normalised title: the same index work, no normalising.
                var title = csv.GetField(fields[2]);
                insert.BindText(Map.Length + 4, string.IsNullOrEmpty(title) ? null : title);
                insert.Execute();
                rows++;
            }

            stepTicks = insert.StepTicks;
            var commit = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            commitTicks = Stopwatch.GetTimestamp() - commit;
        }

        watch.Stop();
        return (watch.Elapsed, Stopwatch.GetElapsedTime(0, stepTicks + commitTicks), Stopwatch.GetElapsedTime(0, commitTicks), rows);
    }
}
