using System.Globalization;
using System.Text;
using LitTracker.Import;
using LitTracker.Metadata;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import;

public class SourceInserterTests
{
    private const string Bibtex = """
        @article{a, author={M{\"u}ller, J{\"u}rgen and Nguyễn, Anaïs and {World Health Organization}}, title={Stem {Cell} Therapy -- a trial}, journal={Pain Med}, year=2019, month=mar, volume=12, number=3, pages={10--20}, doi={10.1000/ABC.1}, pmid={31234567}, abstract={Patients  improved. Next  sentence.}, url={https://example.org/a}, urldate={2024-02-03}}
        @book{b, author={Østergaard, Søren and others}, title={Knee pain: a handbook}, publisher={Gyldendal}, year=2001, note={Second edition}}
        @misc{c, title={Untitled web page with {\'e}t{\'e}}}
        """;

    private const string Ris = "TY  - JOUR\nAU  - Çelik, Zoë\nTI  - Effect of placebo injections\nT2  - BMJ Open\nPY  - 2020/05/04\nSP  - 1\nEP  - 9\nDO  - 10.1136/bmjopen-2020-1\nC2  - PMC7654321\nAB  - An abstract with ünïcode.\nER  - \n";

    [Fact]
    public async Task Insert_ParsedSources_WritesTheSameRowsAsEntityFramework()
    {
        using var fast = new TempDatabase();
        using var ef = new TempDatabase();

        await RawInserts.InsertAsync(fast, Sources(), (inserter, source) =>
        {
            source.TitleKey = TitleKey.For(source.Title);
            inserter.Insert(source);
            Assert.True(source.Id > 0);
        });

        await using (var db = await ef.OpenAsync())
        {
            db.Sources.AddRange(Sources());
            await db.SaveChangesAsync();
        }

        var expected = Rows(ef.Path, "sources").Concat(Rows(ef.Path, "notices")).ToList();
        var actual = Rows(fast.Path, "sources").Concat(Rows(fast.Path, "notices")).ToList();
        Assert.Equal(5, Rows(ef.Path, "sources").Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task ImportAsync_StoreFailsMidway_RollsBackEveryRecord()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER fail_midway BEFORE INSERT ON sources WHEN NEW.Title = 'Study 300' BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        var text = string.Concat(Enumerable.Range(1, 400).Select(i => $"TY  - JOUR\nAU  - Author{i}, A\nTI  - Study {i}\nPY  - 2020\nER  - \n"));

        await Assert.ThrowsAsync<SqliteException>(() => new ImportService(db).ImportAsync([new ImportFile("in.ris", () => new MemoryStream(Encoding.UTF8.GetBytes(text)))]));

        Assert.Equal(0, await db.Sources.CountAsync());
    }

    // Keys, provenance and one of everything the inserter writes besides what the parsers fill.
    private static List<Source> Sources()
    {
        var sources = new List<Source>();
        foreach (var (name, text) in new[] { ("in.bib", Bibtex), ("in.ris", Ris) })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            sources.AddRange(SourceFileParser.Parse(stream, name).Select(p => p.Source));
        }

        sources.Add(new Source
        {
            Title = "Retracted trial",
            Type = SourceType.JournalArticle,
            Design = StudyDesign.SystematicReviewOfRcts,
            DesignDetail = "12 RCTs",
            Population = Population.Human,
            Authors = [new Author(null, Literal: "Cochrane Group")],
            AuthorsIncomplete = true,
            Year = 2018,
            Notices = [new Notice { Type = NoticeType.Retraction, Date = new DateOnly(2021, 1, 2), NoticeDoi = Doi.Parse("10.1000/retraction"), Origin = "crossref", Reason = "Data" }],
        });
        for (var i = 0; i < sources.Count; i++)
        {
            sources[i].Key = "k" + i.ToString(CultureInfo.InvariantCulture);
            sources[i].Provenance = SourceFieldValues.Filled(sources[i]).ToDictionary(f => f, _ => i % 2 == 0 ? FieldOrigin.Import : FieldOrigin.Person);
        }

        Assert.Equal(4, sources.Count - 1);
        return sources;
    }

    // Every column as "name=type:value", so a text stored where EF stores an integer also differs.
    private static List<string> Rows(string path, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY Id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
            rows.Add(string.Join("|", cells));
        }

        return rows;
    }
}
