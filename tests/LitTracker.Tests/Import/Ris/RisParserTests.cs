using LitTracker.Import;
using LitTracker.Import.Ris;
using LitTracker.Sources;

namespace LitTracker.Tests.Import.Ris;

public class RisParserTests
{
    private static ParseRun Parse(string text) => ParseRun.Of(new RisParser(), text, "refs.ris");

    [Fact]
    public void Parse_PubMedStyleRecord_MapsFields()
    {
        const string ris = "TY  - JOUR\r\nID  - 30010953\r\nAU  - Law, Lucy\r\nAU  - van Wijnen, Andre J\r\nAU  - King, Martin, Jr.\r\n"
            + "TI  - Stem cells\r\n      for knee pain\r\nT2  - Pain Medicine\r\nJA  - Pain Med\r\nPY  - 2019///\r\nDA  - 2019/03/05/\r\n"
            + "VL  - 20\r\nIS  - 3\r\nSP  - 525\r\nEP  - 538\r\nDO  - 10.1093/pm/pny256\r\nUR  - https://x.org/a; https://y.org\r\n"
            + "AB  - Background.\r\nPB  - OUP\r\nSN  - 1526-2375\r\nER  - \r\n";

        var parsed = Parse(ris).Single;

        var s = parsed.Source;
        Assert.Equal(("30010953", 1), (parsed.RecordKey, parsed.Line));
        Assert.Empty(parsed.Issues);
        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal("Stem cells for knee pain", s.Title);
        Assert.Equal([new Author("Law", "Lucy"), new Author("van Wijnen", "Andre J"), new Author("King", "Martin", null, "Jr.")], s.Authors);
        Assert.Equal(("Pain Medicine", "Pain Med"), (s.Container, s.ContainerAbbreviation));
        Assert.Equal((2019, 3, 5), (s.Year, s.Month, s.Day));
        Assert.Equal(("20", "3", "525-538"), (s.Volume, s.Issue, s.Pages));
        Assert.Equal("10.1093/pm/pny256", s.Doi?.Value);
        Assert.Equal("https://x.org/a", s.Url);
        Assert.Equal(("Background.", "OUP"), (s.Abstract, s.Publisher));
    }

    [Fact]
    public void Parse_WebOfScienceNameShapes_TakeTheCommonShape()
    {
        const string ris = "TY  - JOUR\nAU  - Koning, Harry J. de\nAU  - Fowler Jr, Vance G.\nAU  - RM Grant\nTI  - Names\nER  - \n";

        var s = Parse(ris).Single.Source;

        Assert.Equal([new Author("de Koning", "Harry J."), new Author("Fowler", "Vance G.", null, "Jr"), new Author("Grant", "RM")], s.Authors);
    }

    [Theory]
    [InlineData("TY - JOUR\nTI - One space\nER -\n")]
    [InlineData("TY  -JOUR\nTI  -No space after dash\nER  -\n")]
    [InlineData("\uFEFFTY  - JOUR\nTI  - With BOM\nER  - \n")]
    [InlineData("\n\n1.\nTY  - JOUR\nT1  - After numbering\nER  - \n")]
    public void Parse_SpacingDialects_AreAccepted(string ris)
    {
        var run = Parse(ris);

        Assert.Equal(SourceType.JournalArticle, run.Single.Source.Type);
        Assert.NotEmpty(run.Single.Source.Title);
    }

    [Theory]
    [InlineData("2019///", 2019, null, null)]
    [InlineData("2019/03/05/", 2019, 3, 5)]
    [InlineData("2019/03", 2019, 3, null)]
    [InlineData("2019-03-05", 2019, 3, 5)]
    [InlineData("2019 Mar 5", 2019, 3, 5)]
    public void Parse_DateForms_AreRead(string date, int year, int? month, int? day)
    {
        var s = Parse($"TY  - JOUR\nTI  - T\nY1  - {date}\nER  - \n").Single.Source;

        Assert.Equal((year, month, day), (s.Year, s.Month, s.Day));
    }

    [Theory]
    [InlineData("JOUR", SourceType.JournalArticle)]
    [InlineData("JFULL", SourceType.JournalArticle)]
    [InlineData("BOOK", SourceType.Book)]
    [InlineData("CHAP", SourceType.BookChapter)]
    [InlineData("ELEC", SourceType.WebPage)]
    [InlineData("WEB", SourceType.WebPage)]
    [InlineData("RPRT", SourceType.Report)]
    [InlineData("GEN", SourceType.Other)]
    [InlineData("Journal Article", SourceType.JournalArticle)]
    public void Parse_RecordTypes_MapToSourceType(string type, SourceType expected)
    {
        Assert.Equal(expected, Parse($"TY  - {type}\nTI  - T\nER  - \n").Single.Source.Type);
    }

    [Fact]
    public void Parse_ZoteroChapterAndScopusArticleNumber_UseTheirTags()
    {
        const string ris = "TY  - CHAP\nTI  - Chapter\nT2  - The Book\nA2  - Editor, E\nAU  - Doe, J\nER  - \n"
            + "TY  - JOUR\nTI  - Paper\nJO  - J Foo\nC7  - e23343\nM3  - Article\nAN  - 12345678\nDB  - MEDLINE\nER  - \n";

        var run = Parse(ris);

        Assert.Equal("The Book", run.Records[0].Source.Container);
        Assert.Equal("Doe", Assert.Single(run.Records[0].Source.Authors).Family);
        var paper = run.Records[1].Source;
        Assert.Equal(("e23343", "J Foo", "Article"), (paper.Pages, paper.Container, paper.DesignDetail));
        Assert.Equal(12345678, paper.Pmid?.Value);
    }

    [Fact]
    public void Parse_EtAlAuthor_MarksIncomplete()
    {
        var s = Parse("TY  - JOUR\nTI  - T\nAU  - Doe, J\nAU  - et al.\nER  - \n").Single.Source;

        Assert.True(s.AuthorsIncomplete);
        Assert.Single(s.Authors);
    }

    [Fact]
    public void Parse_MissingErAndStrayTag_ReportIssuesAndKeepRecords()
    {
        const string ris = "AU  - Orphan, O\nTY  - JOUR\nTI  - First\nTY  - JOUR\nTI  - Second\n";

        var run = Parse(ris);

        Assert.Equal(["First", "Second"], run.Records.Select(r => r.Source.Title));
        Assert.Contains(run.FileIssues, i => i.Line == 1 && i.Severity == ImportSeverity.Error);
        Assert.Contains(run.FileIssues, i => i.Line == 2 && i.Message.Contains("line 4", StringComparison.Ordinal));
        Assert.Contains(run.FileIssues, i => i.Line == 4 && i.Message.Contains("end of the file", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedDoi_WarnsOnItsLine()
    {
        var parsed = Parse("TY  - JOUR\nTI  - T\nDO  - nonsense\nER  - \n").Single;

        Assert.Null(parsed.Source.Doi);
        Assert.Contains("nonsense", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WebOfScienceTaggedExport_IsRead()
    {
        const string wos = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\n   Roe, R\nAF Doe, John\n   Roe, Rita\n"
            + "TI A long title\n   continued\nSO PAIN MEDICINE\nJI Pain Med.\nPD JUN 8\nPY 2004\nVL 43\nIS 22\nBP 7003\nEP 7016\n"
            + "DI 10.1021/bi049798f\nPM 15170338\nUT WOS:000221807500019\nER\n\nEF\n";

        var parsed = Parse(wos).Single;

        var s = parsed.Source;
        Assert.Equal("WOS:000221807500019", parsed.RecordKey);
        Assert.Equal([new Author("Doe", "John"), new Author("Roe", "Rita")], s.Authors);
        Assert.Equal("A long title continued", s.Title);
        Assert.Equal(("PAIN MEDICINE", "Pain Med."), (s.Container, s.ContainerAbbreviation));
        Assert.Equal((2004, 6, 8), (s.Year, s.Month, s.Day));
        Assert.Equal("7003-7016", s.Pages);
        Assert.Equal(15170338, s.Pmid?.Value);
        Assert.Equal("10.1021/bi049798f", s.Doi?.Value);
    }
}
