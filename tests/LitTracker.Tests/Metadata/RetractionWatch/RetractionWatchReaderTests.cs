using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Metadata;
using LitTracker.Metadata.RetractionWatch;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Metadata.RetractionWatch;

public class RetractionWatchReaderTests
{
    private const string Header = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes,";

    private static (List<RetractionWatchRecord> Records, List<MetadataIssue> Issues) ReadText(string text)
    {
        var issues = new List<MetadataIssue>();
        var records = RetractionWatchReader.Read(new StringReader(text), issues).ToList();
        return (records, issues);
    }

    [SharedDataFact]
    public void Read_RealRow_ParsesEveryConvention()
    {
        using var file = File.OpenText(SharedData.Path("testdata", "retraction_watch", "real_row_egonw_record50438.csv"));
        var issues = new List<MetadataIssue>();

        var r = Assert.Single(RetractionWatchReader.Read(file, issues));

        Assert.Empty(issues);
        Assert.Equal(50438, r.RecordId);
        Assert.Equal(2, r.Line);
        Assert.Equal(["(B/T) Technology", "(SOC) Education", "(SOC) Psychology"], r.Subjects);
        Assert.Equal(["Education Department, Taiyuan Normal University, Taiyuan, Shanxi, China"], r.Institutions);
        Assert.Equal(("Advances in Multimedia", "Hindawi"), (r.Journal, r.Publisher));
        Assert.Equal(["Haiyan Zhang"], r.Authors);
        Assert.Equal(2, r.Urls.Count);
        Assert.Equal(new DateOnly(2023, 8, 16), r.RetractionDate);
        Assert.Equal(new DateOnly(2021, 9, 24), r.OriginalPaperDate);
        Assert.Equal("10.1155/2023/9804945", r.RetractionDoi?.Value);
        Assert.Equal("10.1155/2021/6907871", r.OriginalPaperDoi?.Value);
        Assert.Null(r.RetractionPmid);
        Assert.Null(r.OriginalPaperPmid);
        Assert.Equal(NoticeType.Retraction, r.Nature);
        Assert.Equal(8, r.Reasons.Count);
        Assert.Equal("Concerns/Issues About Data", r.Reasons[0]);
        Assert.False(r.Paywalled);
        Assert.StartsWith("See also: https://pubpeer.com/", r.Notes, StringComparison.Ordinal);

        var notice = r.ToNotice();
        Assert.Equal((NoticeType.Retraction, NoticeOrigins.RetractionWatch), (notice.Type, notice.Origin));
        Assert.Equal("10.1155/2023/9804945", notice.NoticeDoi?.Value);
        Assert.StartsWith("Concerns/Issues About Data; ", notice.Reason, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Read_PublishedHeaderWithTrailingComma_IsAcceptedWithNoRows()
    {
        using var file = File.OpenText(SharedData.Path("testdata", "retraction_watch", "header_exact_with_trailing_comma.csv"));
        var issues = new List<MetadataIssue>();

        Assert.Empty(RetractionWatchReader.Read(file, issues));
        Assert.Empty(issues);
    }

    [SharedDataFact]
    public void Read_HeaderFileWithHandWrittenRows_ParsesTrailingCommaRows()
    {
        var header = File.ReadAllText(SharedData.Path("testdata", "retraction_watch", "header_exact_with_trailing_comma.csv"));
        var text = header
            + "1,\"A title, with comma\",(HSC) Medicine;,,J Med,Pub,Japan;China;,A One;B Two;,,Research Article;,1/2/2020 0:00,10.1000/RETR.1,123,12/31/2019 0:00,10.1000/ORIG.1,0,Expression of concern,+Paper Mill;,Yes,,\n"
            + "2,T2,,,,,,,,,3/4/2021 0:00,unavailable,,,Unavailable,,Reinstatement,,No,,\n";

        var (records, issues) = ReadText(text);

        Assert.Empty(issues);
        Assert.Equal(2, records.Count);
        Assert.Equal("A title, with comma", records[0].Title);
        Assert.Equal(["Japan", "China"], records[0].Countries);
        Assert.Equal(NoticeType.ExpressionOfConcern, records[0].Nature);
        Assert.Equal("10.1000/retr.1", records[0].RetractionDoi?.Value);
        Assert.Equal("123", records[0].RetractionPmid?.ToString());
        Assert.True(records[0].Paywalled);
        Assert.Null(records[1].RetractionDoi);
        Assert.Null(records[1].OriginalPaperDoi);
        Assert.Equal(NoticeType.Reinstatement, records[1].Nature);
    }

    [Fact]
    public void Read_BadValues_IssuesWithLineAndRowKept()
    {
        var text = Header + "\n"
            + "10,Good,,,,,,,,,8/16/2023 0:00,10.5555/x,,,10.5555/y,,Retraction,,,,\n"
            + "11,Bad date,,,,,,,,,16.08.2023,not-a-doi,abc,,10.5555/z,,Correction,,,,\n"
            + "x12,Bad id,,,,,,,,,,,,,,,Retraction,,,,\n"
            + "13,Odd nature,,,,,,,,,,,,,,,Retract and Replace,,,,\n";

        var (records, issues) = ReadText(text);

        Assert.Equal([10, 11, 13], records.Select(r => r.RecordId));
        Assert.Null(records[1].RetractionDate);
        Assert.Null(records[1].RetractionDoi);
        Assert.Equal(NoticeType.Correction, records[1].Nature);
        Assert.Contains(issues, i => i.Line == 3 && i.Field == "RetractionDate");
        Assert.Contains(issues, i => i.Line == 3 && i.Field == "RetractionDOI");
        Assert.Contains(issues, i => i.Line == 3 && i.Field == "RetractionPubMedID");
        Assert.Contains(issues, i => i.Line == 4 && i.Field == "Record ID");
        Assert.Contains(issues, i => i.Line == 5 && i.Field == "RetractionNature");
        Assert.DoesNotContain(issues, i => i.Line == 2);
        Assert.Equal(NoticeType.Unspecified, records[2].Nature);
    }

    [Fact]
    public void Read_ShortRow_IsSkippedWithLineAndOthersKept()
    {
        var (records, issues) = ReadText(Header + "\n1,Short,row\n2,Fine,,,,,,,,,,,,,,,Retraction,,,,\n");

        Assert.Equal(2, Assert.Single(records).RecordId);
        Assert.Equal(2, Assert.Single(issues).Line);
    }

    [Fact]
    public void Read_MultiLineQuotedField_KeepsText()
    {
        var (records, issues) = ReadText(Header + "\n1,\"Line one\nline two\",,,,,,,,,,,,,,,Retraction,,,\"a, b\",\n");

        Assert.Empty(issues);
        Assert.Equal("Line one\nline two", Assert.Single(records).Title);
        Assert.Equal("a, b", records[0].Notes);
    }

    [Fact]
    public void Read_NoticeReusingPaperDoi_HasNoNoticeDoi()
    {
        var (records, _) = ReadText(Header + "\n1,T,,,,,,,,,,10.1000/SAME,,,10.1000/same,,Retraction,,,,\n");

        Assert.Null(Assert.Single(records).ToNotice().NoticeDoi);
    }

    [Theory]
    [InlineData("")]
    [InlineData("OriginalPaperDOI,RetractionDOI\n10.1/a,10.1/b\n")]
    public void Read_NotAnExport_IssueAndNoRecords(string text)
    {
        var (records, issues) = ReadText(text);

        Assert.Empty(records);
        Assert.Single(issues);
    }

    [Fact]
    public void Read_IsLazy_ReadsOnlyWhatIsEnumerated()
    {
        var rows = string.Concat(Enumerable.Range(1, 1000).Select(i => $"{i},T,,,,,,,,,,,,,,,Retraction,,,,\n"));
        var issues = new List<MetadataIssue>();

        var first = RetractionWatchReader.Read(new StringReader(Header + "\n" + rows + "x,bad,,,,,,,,,,,,,,,Retraction,,,,\n"), issues).Take(3).ToList();

        Assert.Equal(3, first.Count);
        Assert.Empty(issues);
    }

    [SharedDataFact]
    public void DoiPairsSample_EveryDoi_CanonicalisesOrIsUnavailable()
    {
        using var reader = File.OpenText(SharedData.Path("testdata", "retraction_watch", "rw_doi_pairs_sample.csv"));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var issues = new List<MetadataIssue>();
        var rows = 0;
        var unavailable = 0;
        var sameDoi = 0;
        while (csv.Read())
        {
            rows++;
            var line = csv.Parser.RawRow;
            var original = RetractionWatchValues.DoiOf(csv.GetField("OriginalPaperDOI"), "OriginalPaperDOI", line, issues);
            var notice = RetractionWatchValues.DoiOf(csv.GetField("RetractionDOI"), "RetractionDOI", line, issues);
            unavailable += (original is null ? 1 : 0) + (notice is null ? 1 : 0);
            sameDoi += original is not null && original == notice ? 1 : 0;
            Assert.True(original is null || !original.Value.Value.Any(char.IsUpper));
        }

        Assert.Equal(10_000, rows);
        Assert.Empty(issues);
        Assert.Equal(46, unavailable);
        Assert.True(sameDoi > 0);
    }
}
