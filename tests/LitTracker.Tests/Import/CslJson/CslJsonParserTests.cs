using LitTracker.Import;
using LitTracker.Import.CslJson;
using LitTracker.Sources;

namespace LitTracker.Tests.Import.CslJson;

public class CslJsonParserTests
{
    private static ParseRun Parse(string text) => ParseRun.Of(new CslJsonParser(), text, "refs.json");

    [Fact]
    public void Parse_CslArray_MapsFields()
    {
        const string json = """
            [
              {
                "id": "law2019",
                "type": "article-journal",
                "title": "Stem cells",
                "author": [
                  { "family": "Wijnen", "given": "Andre J.", "non-dropping-particle": "van" },
                  { "family": "King", "given": "Martin", "suffix": "Jr." },
                  { "literal": "WHO" }
                ],
                "container-title": "Pain Medicine",
                "container-title-short": "Pain Med",
                "issued": { "date-parts": [[2019, 3, 5]] },
                "volume": 20, "issue": "3", "page": "525–538",
                "DOI": "10.1093/PM/PNY256", "PMID": "30010953", "PMCID": "PMC7843474",
                "URL": "https://x.org", "accessed": { "date-parts": [["2024", "5", "6"]] },
                "publisher": "OUP", "abstract": "<jats:p>Text.</jats:p>"
              }
            ]
            """;

        var parsed = Parse(json).Single;

        var s = parsed.Source;
        Assert.Equal(("law2019", 2), (parsed.RecordKey, parsed.Line));
        Assert.Empty(parsed.Issues);
        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal([new Author("van Wijnen", "Andre J."), new Author("King", "Martin", null, "Jr."), Author.Organisation("WHO")], s.Authors);
        Assert.Equal(("Pain Medicine", "Pain Med"), (s.Container, s.ContainerAbbreviation));
        Assert.Equal((2019, 3, 5), (s.Year, s.Month, s.Day));
        Assert.Equal(("20", "3", "525-538"), (s.Volume, s.Issue, s.Pages));
        Assert.Equal(("10.1093/pm/pny256", 30010953L, "PMC7843474"), (s.Doi?.Value, s.Pmid?.Value, s.Pmcid?.Value));
        Assert.Equal(new DateOnly(2024, 5, 6), s.AccessedOn);
        Assert.Equal(("OUP", "Text."), (s.Publisher, s.Abstract));
    }

    [Fact]
    public void Parse_CrossrefSingleObjectWithArrays_IsOneJournalArticle()
    {
        const string json = """
            {"type":"journal-article","title":["Crossref title"],"container-title":["Science"],
             "short-container-title":["Science"],"published-print":{"date-parts":[[1970,8,7]]},
             "author":[{"given":"H. E.","family":"Huxley","sequence":"first","affiliation":[]}],"page":"635-636"}
            """;

        var s = Parse(json).Single.Source;

        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal(("Crossref title", "Science"), (s.Title, s.Container));
        Assert.Equal((1970, 8, 7), (s.Year, s.Month, s.Day));
    }

    [Theory]
    [InlineData("webpage", SourceType.WebPage, StudyDesign.WebPage)]
    [InlineData("post-weblog", SourceType.WebPage, StudyDesign.WebPage)]
    [InlineData("book", SourceType.Book, StudyDesign.Unspecified)]
    [InlineData("chapter", SourceType.BookChapter, StudyDesign.Unspecified)]
    [InlineData("report", SourceType.Report, StudyDesign.Unspecified)]
    [InlineData("posted-content", SourceType.Preprint, StudyDesign.Unspecified)]
    [InlineData("dataset", SourceType.Other, StudyDesign.Unspecified)]
    public void Parse_Types_MapToSourceTypeAndDesign(string type, SourceType expected, StudyDesign design)
    {
        var s = Parse($$"""[{"type":"{{type}}","title":"T"}]""").Single.Source;

        Assert.Equal((expected, design), (s.Type, s.Design));
    }

    [Fact]
    public void Parse_RawDate_IsRead()
    {
        var s = Parse("""[{"type":"article","title":"T","issued":{"raw":"2020-02"}}]""").Single.Source;

        Assert.Equal((2020, 2), (s.Year, s.Month));
    }

    [Fact]
    public void Parse_BrokenItemBetweenGoodOnes_SkipsOnlyIt()
    {
        const string json = "[\n {\"type\":\"book\",\"title\":\"A\"},\n {\"type\": nope},\n {\"type\":\"book\",\"title\":\"C\"}\n]";

        var run = Parse(json);

        Assert.Equal(["A", "C"], run.Records.Select(r => r.Source.Title));
        Assert.Equal(3, Assert.Single(run.FileIssues).Line);
    }

    [Fact]
    public void Parse_NotJson_ReportsOneError()
    {
        var run = Parse("hello");

        Assert.Empty(run.Records);
        Assert.Equal(ImportSeverity.Error, Assert.Single(run.FileIssues).Severity);
    }
}
