using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Persistence;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// The issue's ceiling for an import: the same records read from the CSV file with CsvHelper and
/// inserted as they are (no normalisation, no dedupe, no key rules) with one prepared
/// <see cref="SqliteCommand"/> in one transaction, into a fresh database with the same schema,
/// indexes and journal mode. Everything from opening the file to the commit is timed; the time
/// inside SQLite (the insert steps and the commit) is reported apart.
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

    public static async Task<(TimeSpan Total, TimeSpan Sqlite, int Rows)> RunAsync(string folder, string csvFile)
    {
        var dbPath = Path.Combine(folder, "ceiling.db");
        (await LitTrackerDatabase.OpenAsync(dbPath)).Dispose();
        await using var connection = new SqliteConnection("Data Source=" + dbPath + ";Pooling=False");
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        long inSqlite = 0;
        var rows = 0;
        using (var reader = new StreamReader(csvFile))
        using (var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            string[] columns = [.. Map.Select(m => m.Column), "Design", "Population", "AuthorsIncomplete", "TitleKey", "Provenance"];
            insert.CommandText = $"INSERT INTO sources ({string.Join(", ", columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) })).ToArray();
            insert.Prepare();
            parameters[Map.Length].Value = "Unspecified";
            parameters[Map.Length + 1].Value = "Unspecified";
            parameters[Map.Length + 2].Value = 0;
            parameters[Map.Length + 4].Value = "{}";
            csv.Read();
            csv.ReadHeader();
            var fields = Map.Select(m => csv.GetFieldIndex(m.Header)).ToArray();
            while (csv.Read())
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    var value = csv.GetField(fields[i]);
                    parameters[i].Value = string.IsNullOrEmpty(value) ? DBNull.Value : value;
                }

                // The title as it is stands in for the normalised title: the same index work, no normalising.
                parameters[Map.Length + 3].Value = parameters[2].Value;
                var start = Stopwatch.GetTimestamp();
                insert.ExecuteNonQuery();
                inSqlite += Stopwatch.GetTimestamp() - start;
                rows++;
            }

            var commit = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            inSqlite += Stopwatch.GetTimestamp() - commit;
        }

        watch.Stop();
        return (watch.Elapsed, Stopwatch.GetElapsedTime(0, inSqlite), rows);
    }
}
