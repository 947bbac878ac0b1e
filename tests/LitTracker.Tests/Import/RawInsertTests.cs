using System.Globalization;
using LitTracker.Import;
using LitTracker.Metadata;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import;

// The raw insert path (SourceRowWriter → SourceInserter → RawStatement) against EF's own writes and reads.
public class RawInsertTests
{
    [Fact]
    public async Task Insert_EdgeValues_EfReadsBackEveryColumnExactly()
    {
        using var temp = new TempDatabase();
        var originals = EdgeSources();
        var rows = new SourceRowWriter();
        await RawInserts.InsertAsync(temp, EdgeSources(), (inserter, source) => inserter.Insert(source, rows.Write(source, source.TitleKey, source.Provenance)));

        await using var read = await temp.OpenAsync();
        var stored = await read.Sources.AsNoTracking().Include(s => s.Notices).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(originals.Count, stored.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            Assert.Equal(Describe(originals[i]), Describe(stored[i]));
        }
    }

    [Fact]
    public async Task Insert_EdgeValues_WritesTheSameCellTypesAsEntityFramework()
    {
        using var fast = new TempDatabase();
        using var ef = new TempDatabase();
        await RawInserts.InsertAsync(fast, EdgeSources(), (inserter, source) => inserter.Insert(source));

        await using (var db = await ef.OpenAsync())
        {
            db.Sources.AddRange(EdgeSources());
            await db.SaveChangesAsync();
        }

        Assert.Equal(Cells(ef.Path), Cells(fast.Path));
    }

    [Fact]
    public async Task Execute_ConstraintFails_ThrowsWhatSqliteCommandThrowsAndStaysUsable()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE t (v TEXT NOT NULL UNIQUE);");
        using var insert = new RawStatement(connection, "INSERT INTO t (v) VALUES (?1);");
        insert.BindText(1, "a");
        insert.Execute();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t (v) VALUES ('a');";
        var expected = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        var actual = Assert.Throws<SqliteException>(insert.Execute);
        insert.BindText(1, "b");
        insert.Execute();

        Assert.Equal(expected.SqliteErrorCode, actual.SqliteErrorCode);
        Assert.Equal(expected.SqliteExtendedErrorCode, actual.SqliteExtendedErrorCode);
        Assert.Equal(expected.Message, actual.Message);
        command.CommandText = "SELECT group_concat(v, ',') FROM t;";
        Assert.Equal("a,b", command.ExecuteScalar());
    }

    [Fact]
    public async Task BindText_EmptyAndNull_StoresEmptyTextAndNull()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE t (i INTEGER PRIMARY KEY, v TEXT);");
        using (var insert = new RawStatement(connection, "INSERT INTO t (v) VALUES (?1);"))
        {
            foreach (var value in new[] { string.Empty, null, "ß", new string('x', 5000) })
            {
                insert.BindText(1, value);
                insert.Execute();
            }

            insert.BindText(1, ReadOnlySpan<byte>.Empty);
            insert.Execute();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(typeof(v) || ':' || length(v), 'null') FROM t ORDER BY i;";
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            cells.Add(reader.GetString(0));
        }

        Assert.Equal(["text:0", "null:", "text:1", "text:5000", "text:0"], cells.Select(c => c == "null" ? "null:" : c));
    }

    // Null and empty optional fields, text outside the BMP, a long abstract, several notices, non-Import provenance.
    private static List<Source> EdgeSources()
    {
        var longAbstract = string.Concat(Enumerable.Range(0, 4000).Select(i => "Résumé " + i.ToString(CultureInfo.InvariantCulture) + " 😀 — ")); // ~60k chars
        var sources = new List<Source>
        {
            new() { Title = "T" },
            new()
            {
                Title = "Ünïcödé title with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 中文",
                Type = SourceType.Preprint,
                Design = StudyDesign.SystematicReviewOfRcts,
                DesignDetail = string.Empty,
                Population = Population.Human,
                Authors = [new Author("Ñúñez", "José"), new Author(null, Literal: "Группа")],
                AuthorsIncomplete = true,
                Container = string.Empty,
                ContainerAbbreviation = "J. Ünï.",
                Year = 1999,
                Month = 12,
                Day = 31,
                Volume = "0",
                Issue = string.Empty,
                Pages = "e1–e9",
                Doi = Doi.Parse("10.1000/ÄBC"),
                Pmid = Pmid.Parse("99999999"),
                Pmcid = Pmcid.Parse("PMC1"),
                Url = "https://example.org/ü?q=1&r=2",
                AccessedOn = new DateOnly(2024, 2, 29),
                Publisher = "Ørsted",
                Abstract = longAbstract,
                Note = "line 1\nline 2\t\"quoted\"",
                Notices =
                [
                    new Notice { Type = NoticeType.Retraction, Date = new DateOnly(2021, 1, 2), NoticeDoi = Doi.Parse("10.1000/r"), Origin = "crossref", Reason = "Daten" },
                    new Notice { Type = NoticeType.Retraction, Origin = "manual" },
                ],
            },
        };
        for (var i = 0; i < sources.Count; i++)
        {
            sources[i].Key = "edge" + i.ToString(CultureInfo.InvariantCulture);
            sources[i].TitleKey = TitleKey.For(sources[i].Title);
            sources[i].Provenance = SourceFieldValues.Filled(sources[i]).ToDictionary(f => f, f => f == SourceField.Title ? FieldOrigin.Person : FieldOrigin.Import);
        }

        return sources;
    }

    private static string Describe(Source s) => string.Join("|",
        s.Key, s.Type, s.Design, s.DesignDetail ?? "<null>", s.Population, string.Join(";", s.Authors), s.AuthorsIncomplete, s.Title,
        s.Container ?? "<null>", s.ContainerAbbreviation ?? "<null>", s.Year, s.Month, s.Day, s.Volume ?? "<null>", s.Issue ?? "<null>",
        s.Pages ?? "<null>", s.Doi?.Value ?? "<null>", s.Pmid?.Value, s.Pmcid?.Value ?? "<null>", s.Url ?? "<null>", s.AccessedOn,
        s.Publisher ?? "<null>", s.Abstract ?? "<null>", s.Note ?? "<null>", s.TitleKey,
        string.Join(";", s.Provenance.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)),
        string.Join(";", s.Notices.Select(n => string.Join(",", n.Type, n.Date, n.NoticeDoi?.Value, n.Origin, n.Reason ?? "<null>"))));

    // Every sources and notices cell as "name=type:value", so text stored where EF stores an integer also differs.
    private static List<string> Cells(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var rows = new List<string>();
        foreach (var table in new[] { "sources", "notices" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY Id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    $"{reader.GetName(i)}={reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}")));
            }
        }

        return rows;
    }
}
