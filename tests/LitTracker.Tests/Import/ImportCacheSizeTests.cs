using System.Text;
using LitTracker.Import;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import;

public class ImportCacheSizeTests
{
    private static ImportFile Ris(int n) => new("in.ris", () => new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, n).Select(i =>
        $"TY  - JOUR\nAU  - Author{i}, A\nTI  - Distinct study number {i} about topic {i}\nPY  - 2020\nER  - \n")))));

    [Fact]
    public async Task ImportAsync_Completes_UsesTheImportCacheThenRestoresTheConnections()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -3000;");
        var during = new CacheSizeAt(connection);

        var result = await new ImportService(db).ImportAsync([Ris(600)], progress: during);

        Assert.Equal(600, result.Added);
        Assert.Equal(-ImportCacheSize.Kibibytes, during.Seen);
        Assert.Equal(-3000, CacheSize(connection));
    }

    [Fact]
    public async Task ImportAsync_StoreFails_StillRestoresTheCacheSize()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = 500;");
        await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER fail BEFORE INSERT ON sources WHEN NEW.Title LIKE '%number 30 %' BEGIN SELECT RAISE(ABORT, 'disk full'); END;");

        await Assert.ThrowsAsync<SqliteException>(() => new ImportService(db).ImportAsync([Ris(100)]));

        Assert.Equal(500, CacheSize(connection));
    }

    [Fact]
    public async Task ImportAsync_Completes_RecordsWhereTheTimeWent()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var service = new ImportService(db);

        await service.ImportAsync([Ris(50)]);

        Assert.NotNull(service.LastTimings);
        Assert.True(service.LastTimings.StepTicks > 0);
        Assert.True(service.LastTimings.CommitTicks > 0);
    }

    // Through the native handle: a command on EF's connection would need EF's transaction object.
    private static long CacheSize(SqliteConnection connection)
    {
        SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, "PRAGMA cache_size;", out var statement);
        using (statement)
        {
            Assert.Equal(SQLitePCL.raw.SQLITE_ROW, SQLitePCL.raw.sqlite3_step(statement));
            return SQLitePCL.raw.sqlite3_column_int64(statement, 0);
        }
    }

    // Progress is reported on the writer, between inserts, so the connection is free to ask.
    private sealed class CacheSizeAt(SqliteConnection connection) : IProgress<ImportProgress>
    {
        public long? Seen { get; private set; }

        public void Report(ImportProgress value) => Seen ??= CacheSize(connection);
    }
}
