using System.Globalization;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Persistence;

public class LitTrackerDatabaseTests
{
    [Fact]
    public async Task OpenAsync_EmptyFolder_CreatesSchemaFromMigrations()
    {
        using var temp = new TempDatabase();

        await using var db = await temp.OpenAsync();

        Assert.True(File.Exists(temp.Path));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Sources.CountAsync());
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLog()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync();

        Assert.Equal("wal", mode);
    }

    // docs/formats.md "Crash safety" relies on SQLite's default: a committed import survives a power cut.
    [Fact]
    public async Task OpenAsync_NewFile_SyncsFullyOnCommit()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var level = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(2, level);
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_ThrowsOneLineMessageNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db");

        var ex = await Assert.ThrowsAsync<DatabaseOpenException>(() => LitTrackerDatabase.OpenAsync(path));

        Assert.Contains(path, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task OpenAsync_FileIsNotADatabase_ThrowsAndLeavesFileUntouched()
    {
        using var temp = new TempDatabase();
        await File.WriteAllTextAsync(temp.Path, "this is a text file, not SQLite, and it is long enough to have a header");
        var before = await File.ReadAllBytesAsync(temp.Path);

        var ex = await Assert.ThrowsAsync<DatabaseOpenException>(temp.OpenAsync);

        Assert.Contains("not a LitTracker (SQLite) database", ex.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(temp.Path));
    }

    [Fact]
    public async Task OpenAsync_PathIsAFolder_Throws()
    {
        using var temp = new TempDatabase();

        var ex = await Assert.ThrowsAsync<DatabaseOpenException>(() => LitTrackerDatabase.OpenAsync(temp.Folder));

        Assert.Contains("is a folder", ex.Message);
    }

    [Fact]
    public async Task Source_AllFields_RoundTripThroughTheFile()
    {
        using var temp = new TempDatabase();
        var source = new Source
        {
            Key = "vanwijnen2019",
            Type = SourceType.JournalArticle,
            Design = StudyDesign.SystematicReviewOfRcts,
            DesignDetail = "systematic review of RCTs (RoB 2, GRADE)",
            Population = Population.Human,
            Authors = [new Author("van Wijnen", "AJ"), new Author("Müller", "K"), Author.Organisation("WHO")],
            AuthorsIncomplete = true,
            Title = "Ünïcode title — with dash",
            Container = "Pain Medicine",
            ContainerAbbreviation = "Pain Med",
            Year = 2019,
            Month = 3,
            Day = 5,
            Volume = "20",
            Issue = "7",
            Pages = "1337-44",
            Doi = Doi.Parse("https://doi.org/10.1093/PM/PNY256"),
            Pmid = Pmid.Parse("pmid:30165514"),
            Pmcid = Pmcid.Parse("pmc7843474"),
            Url = "https://example.org/a?b=c",
            AccessedOn = new DateOnly(2019, 9, 9),
            Publisher = "OUP",
            Abstract = "Abstract text.",
            Note = "Our note.",
            Notices = [new Notice { Type = NoticeType.Correction, Date = new DateOnly(2020, 1, 2), NoticeDoi = Doi.Parse("10.1093/pm/pnz001"), Origin = "crossref" }],
        };
        await using (var db = await temp.OpenAsync())
        {
            db.Sources.Add(source);
            await db.SaveChangesAsync();
        }

        await using var reopened = await temp.OpenAsync();
        var read = await reopened.Sources.Include(s => s.Notices).SingleAsync();

        Assert.Equal(source.Key, read.Key);
        Assert.Equal(source.Design, read.Design);
        Assert.Equal(source.Authors, read.Authors);
        Assert.True(read.AuthorsIncomplete);
        Assert.Equal(source.Title, read.Title);
        Assert.Equal((2019, 3, 5), (read.Year, read.Month, read.Day));
        Assert.Equal("10.1093/pm/pny256", read.Doi?.Value);
        Assert.Equal(30165514, read.Pmid?.Value);
        Assert.Equal("PMC7843474", read.Pmcid?.Value);
        Assert.Equal(new DateOnly(2019, 9, 9), read.AccessedOn);
        Assert.Equal(NoticeType.Correction, Assert.Single(read.Notices).Type);
        Assert.False(read.IsRetracted);
    }

    [Fact]
    public async Task Sources_SameDoiTwice_UniqueIndexRefusesTheSecond()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        db.Sources.Add(new Source { Key = "a2020", Title = "A", Doi = Doi.Parse("10.1000/x") });
        db.Sources.Add(new Source { Key = "b2020", Title = "B", Doi = Doi.Parse("10.1000/X") });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task OpenAsync_NewFile_Uses8KPages()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        Assert.Equal(LitTrackerDatabase.PageSize, await ScalarAsync(db, "PRAGMA page_size;"));
    }

    [Fact]
    public async Task OpenAsync_ExistingFileWith4KPages_KeepsItsPagesAndOpens()
    {
        using var temp = new TempDatabase();
        await using (var connection = new SqliteConnection("Data Source=" + temp.Path + ";Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size = 4096; CREATE TABLE kept (x INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        await using var db = await temp.OpenAsync();

        Assert.Equal(4096, await ScalarAsync(db, "PRAGMA page_size;"));
        Assert.Equal(1, await ScalarAsync(db, "SELECT count(*) FROM sqlite_master WHERE name = 'kept';"));
        Assert.Equal(0, await db.Sources.CountAsync());
    }

    [Fact]
    public async Task Authors_NonAsciiNames_StoredUnescapedAndOldEscapedRowsStillRead()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        db.Sources.Add(new Source { Key = "ostergaard2008", Title = "T", Authors = [new Author("Østergaard", "Zoë", null, null), new Author("<b>", "A", null, null)] });
        await db.SaveChangesAsync();
        const string escaped = "[{\"family\":\"\\u00D8stergaard\",\"given\":\"Zo\\u00EB\"}]";
        await db.Database.ExecuteSqlRawAsync("INSERT INTO sources (Key, Type, Design, Population, Authors, AuthorsIncomplete, Title, TitleKey, Provenance) VALUES ('old', 'JournalArticle', 'Unspecified', 'Unspecified', {0}, 0, 'T', 't', '{{}}');", escaped);

        var stored = await StringAsync(db, "SELECT Authors FROM sources WHERE Key = 'ostergaard2008';");
        db.ChangeTracker.Clear();
        var old = await db.Sources.SingleAsync(s => s.Key == "old");

        Assert.Contains("Østergaard", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", stored, StringComparison.Ordinal);
        Assert.Equal("Østergaard", old.Authors[0].Family);
        Assert.Equal("Zoë", old.Authors[0].Given);
    }

    private static async Task<long> ScalarAsync(LitTrackerDbContext db, string sql) =>
        Convert.ToInt64(await StringAsync(db, sql), CultureInfo.InvariantCulture);

    private static async Task<string> StringAsync(LitTrackerDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
