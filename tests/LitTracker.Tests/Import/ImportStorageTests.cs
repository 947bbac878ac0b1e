using System.Text;
using LitTracker.Import;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import;

/// <summary>How the bulk insert path stores sources: the ids SQLite's AUTOINCREMENT gives, the duplicate index in step with the table, all or nothing.</summary>
public class ImportStorageTests
{
    private static ImportFile Text(string name, string text) => new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static string Records(int from, int to, string extra = "") => string.Concat(Enumerable.Range(from, to - from + 1).Select(i =>
        $"TY  - JOUR\nAU  - Author{i}, A\nTI  - Distinct study number {i} about topic {i}\nPY  - 2020\nDO  - 10.1000/lane.{i}\n{extra}ER  - \n"));

    [Fact]
    public async Task ImportAsync_AfterTheNewestSourceWasDeleted_DoesNotReuseItsId()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await new ImportService(db).ImportAsync([Text("a.ris", Records(1, 5))]);
        var newest = await db.Sources.MaxAsync(s => s.Id);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sources WHERE \"Id\" = {0};", newest);

        await new ImportService(db).ImportAsync([Text("b.ris", Records(6, 8))]);

        var ids = await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        Assert.Equal(7, ids.Count);
        Assert.True(ids.Skip(4).All(id => id > newest), $"ids after the deletion: {string.Join(", ", ids.Skip(4))}; deleted {newest}");
    }

    [Fact]
    public async Task ImportAsync_GivesTheIdsAutoincrementWould()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await new ImportService(db).ImportAsync([Text("a.ris", Records(1, 40))]);

        // sqlite_sequence follows the imported rows, so a later row never reuses an id.
        await new ImportService(db).ImportAsync([Text("b.ris", Records(41, 41))]);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq FROM sqlite_sequence WHERE name = 'sources';";
        var sequence = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await db.Database.CloseConnectionAsync();

        Assert.Equal(await db.Sources.MaxAsync(s => s.Id), sequence);
        Assert.Equal(await db.Sources.CountAsync(), await db.Sources.Select(s => s.Id).Distinct().CountAsync());
    }

    [Fact]
    public async Task ImportAsync_StrictFileRolledBack_LaterFilesGetTheIdsTheIndexKnows()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var bad = Records(1, 30) + "TY  - JOUR\nAU  - Nobody, N\nPY  - 2020\nER  - \n";

        await new ImportService(db).ImportAsync([Text("bad.ris", bad), Text("good.ris", Records(31, 60))], new ImportOptions { Strict = true });

        // A record duplicating one of the second file merges into that very row: the index and the table agree on ids.
        var merged = await new ImportService(db).ImportAsync(
            [Text("again.ris", "TY  - JOUR\nAU  - Author45, A\nTI  - Distinct study number 45 about topic 45\nPY  - 2020\nDO  - 10.1000/lane.45\nVL  - 12\nER  - \n")],
            new ImportOptions { OnDuplicate = DuplicateAction.Merge });
        Assert.Equal(30, await db.Sources.CountAsync());
        Assert.Equal(1, merged.Merged);
        var row = await db.Sources.SingleAsync(s => s.Volume == "12");
        Assert.Equal("Distinct study number 45 about topic 45", row.Title);
    }

    [Fact]
    public async Task ImportAsync_DuplicateLaterInTheSameFile_MergesIntoTheQueuedSource()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var file = Records(1, 50) + "TY  - JOUR\nTI  - Distinct study number 3 about topic 3\nDO  - 10.1000/lane.3\nVL  - 7\nER  - \n";

        var result = await new ImportService(db).ImportAsync([Text("a.ris", file)], new ImportOptions { OnDuplicate = DuplicateAction.Merge });

        Assert.Equal((50, 1), (result.Added, result.Merged));
        Assert.Equal("7", (await db.Sources.SingleAsync(s => s.Title == "Distinct study number 3 about topic 3")).Volume);
    }

    [Fact]
    public async Task ImportAsync_AnInsertFailsOnTheLane_ThrowsAndStoresNothing()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await new ImportService(db).ImportAsync([Text("before.ris", Records(1, 3))]);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse BEFORE INSERT ON sources WHEN NEW.\"Title\" = 'Distinct study number 170 about topic 170' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");

        var failure = await Assert.ThrowsAsync<SqliteException>(() => new ImportService(db).ImportAsync([Text("many.ris", Records(100, 400))]));

        Assert.Contains("refused by the test", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, await db.Sources.CountAsync());
    }
}
