using LitTracker.Metadata;
using LitTracker.Metadata.RetractionWatch;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Metadata.RetractionWatch;

public sealed class RetractionImportServiceTests : IDisposable
{
    internal const string Header = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes,";

    // Hand-written rows in the export's exact shape: 20 columns plus a trailing comma.
    internal static readonly string Csv = string.Join("\n",
        Header,
        "101,A retracted paper,(HSC) Medicine;,Some Institute;,J Test,Pub,Spain,A Author,,Research Article;,8/16/2023 0:00,10.9999/RET.1,0,1/2/2020 0:00,10.9999/ORIG.1,0,Retraction,+Fabrication;+Paper Mill;,No,,",
        "102,A corrected paper,(HSC) Medicine;,,J Test,Pub,Spain,B Author,,Research Article;,3/1/2021 0:00,10.9999/cor.2,0,1/2/2019 0:00,10.9999/orig.2,0,Correction,+Error in Figure;,No,,",
        "103,Matched by PMID,(HSC) Medicine;,,J Test,Pub,Spain,C Author,,Research Article;,5/5/2022 0:00,unavailable,0,1/2/2018 0:00,unavailable,12345678,Expression of concern,+Concerns/Issues About Data;,Yes,,",
        "104,Not stored,(HSC) Medicine;,,J Test,Pub,Spain,D Author,,Research Article;,5/5/2022 0:00,10.9999/ret.4,0,1/2/2018 0:00,10.9999/orig.4,0,Retraction,+Plagiarism;,No,,",
        "oops,Bad row,,,,,,,,,not a date,,,,,,Retraction,,,,",
        "");

    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    internal static async Task StoreThreeAsync(LitTracker.Persistence.LitTrackerDbContext db)
    {
        db.Sources.AddRange(
            new Source { Key = "one2020", Title = "One", Doi = Doi.Parse("10.9999/orig.1") },
            new Source { Key = "two2019", Title = "Two", Doi = Doi.Parse("10.9999/orig.2") },
            new Source { Key = "three2018", Title = "Three", Pmid = Pmid.Parse("12345678") });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task ImportAsync_ExportRows_AddNoticesToMatchedSourcesOnly()
    {
        await using var db = await temp.OpenAsync();
        await StoreThreeAsync(db);

        var summary = await new RetractionImportService(db).ImportAsync(new StringReader(Csv));

        Assert.Equal(4, summary.RowsRead);
        Assert.Equal(3, summary.RowsMatched);
        Assert.Equal(3, summary.NoticesAdded);
        Assert.Equal(["one2020", "three2018", "two2019"], summary.SourcesChanged);
        Assert.Contains(summary.Issues, i => i.Line == 6);
        var sources = await db.Sources.Include(s => s.Notices).AsNoTracking().ToDictionaryAsync(s => s.Key);
        Assert.True(sources["one2020"].IsRetracted);
        Assert.Equal("10.9999/ret.1", sources["one2020"].Notices[0].NoticeDoi?.Value);
        Assert.Equal(NoticeOrigins.RetractionWatch, sources["one2020"].Notices[0].Origin);
        Assert.Equal(new DateOnly(2023, 8, 16), sources["one2020"].Notices[0].Date);
        Assert.False(sources["two2019"].IsRetracted);
        Assert.Equal(NoticeType.Correction, Assert.Single(sources["two2019"].Notices).Type);
        Assert.Equal(NoticeType.ExpressionOfConcern, Assert.Single(sources["three2018"].Notices).Type);
        Assert.False(sources["three2018"].IsRetracted);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_AddsNothingTheSecondTime()
    {
        await using var db = await temp.OpenAsync();
        await StoreThreeAsync(db);
        await new RetractionImportService(db).ImportAsync(new StringReader(Csv));

        var again = await new RetractionImportService(db).ImportAsync(new StringReader(Csv));

        Assert.Equal(0, again.NoticesAdded);
        Assert.Equal(3, await db.Notices.CountAsync());
    }

    [SharedDataFact]
    public async Task ImportAsync_RealHeaderAndRow_ReadsWithoutIssues()
    {
        await using var db = await temp.OpenAsync();
        db.Sources.Add(new Source { Key = "zhang2021", Title = "Z", Doi = Doi.Parse("10.1155/2021/6907871") });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        using var reader = File.OpenText(SharedData.Path("testdata", "retraction_watch", "real_row_egonw_record50438.csv"));
        var summary = await new RetractionImportService(db).ImportAsync(reader);

        Assert.Equal((1, 1, 1), (summary.RowsRead, summary.RowsMatched, summary.NoticesAdded));
        Assert.Empty(summary.Issues);
        Assert.True((await db.Sources.Include(s => s.Notices).SingleAsync()).IsRetracted);
    }

    [SharedDataFact]
    public async Task ImportAsync_ExactHeaderWithTrailingComma_IsAccepted()
    {
        await using var db = await temp.OpenAsync();
        using var reader = File.OpenText(SharedData.Path("testdata", "retraction_watch", "header_exact_with_trailing_comma.csv"));

        var summary = await new RetractionImportService(db).ImportAsync(reader);

        Assert.Equal(0, summary.RowsRead);
        Assert.Empty(summary.Issues);
    }
}
