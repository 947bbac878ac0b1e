using System.Globalization;
using System.Text;
using LitTracker.Import;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace LitTracker.Tests.Import;

// Records are prepared on whichever thread is idle; the outcome must not depend on which one did it.
public class PrepareSideTests
{
    // More records than the channel holds, with exact and near duplicates, shared key stems, non-ASCII and a record without a title.
    private static string Bibtex() => string.Concat(Enumerable.Range(1, 700).Select(i => i % 7 == 0
        ? $"@article{{d{i}, author={{Müller, Jürgen}}, title={{Trial {i - 1} of knee pain in adults}}, year=2020, doi={{10.1000/t{i - 1}}}}}\n"
        : i % 50 == 0
            ? $"@misc{{n{i}, author={{Nobody}}, year=2020}}\n"
            : $"@article{{r{i}, author={{Müller, Jürgen and Østergaard, Søren}}, title={{Trial {i} of knee pain in adults}}, journal={{Pain Med}}, year=2020, doi={{10.1000/t{i}}}, abstract={{Abstract {i} — ünïcode.}}}}\n"));

    [Fact]
    public async Task ImportAsync_AnySideOfPreparation_StoresAndReportsTheSame()
    {
        var outcomes = new List<string>();
        foreach (var side in new[] { PrepareSide.Parser, PrepareSide.Writer, PrepareSide.Balanced })
        {
            using var temp = new TempDatabase();
            await using (var db = await temp.OpenAsync())
            {
                var service = new ImportService(db) { PrepareSide = side };
                var result = await service.ImportAsync([new ImportFile("in.bib", () => new MemoryStream(Encoding.UTF8.GetBytes(Bibtex())))]);
                outcomes.Add(string.Join("\n",
                    result.Added.ToString(CultureInfo.InvariantCulture), result.SkippedDuplicates.ToString(CultureInfo.InvariantCulture),
                    result.Failed.ToString(CultureInfo.InvariantCulture), string.Join(",", result.AddedKeys),
                    string.Join(",", result.Duplicates.Select(d => d.Line + ">" + d.ExistingKey)),
                    string.Join(",", result.Issues.Select(x => x.Line + ":" + x.Message)),
                    string.Join("\n", Rows(temp.Path))));
            }

            Assert.Contains(",muller2020b,", outcomes[^1], StringComparison.Ordinal);
        }

        Assert.Equal(outcomes[0], outcomes[1]);
        Assert.Equal(outcomes[0], outcomes[2]);
    }

    private static List<string> Rows(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM sources ORDER BY Id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}")));
        }

        return rows;
    }
}
