using LitTracker.Import;
using LitTracker.Import.Csv;
using LitTracker.Sources;

namespace LitTracker.Tests.Import.Csv;

public class CsvSourceParserTests
{
    [Fact]
    public void Parse_ZoteroStyleHeadersWithSemicolons_MapsFields()
    {
        var text = "Key;Item Type;Publication Year;Author;Title;Publication Title;DOI;Volume;Page Start;Page End\n" +
                   "z1;journalArticle;2021;\"Nguyen, Thi; Ørsted, Hans\";\"Salt, and blood pressure\";Hypertens Rev;10.5555/salt.1;4;10;18\n";

        var run = ParseRun.Of(new CsvSourceParser(), text);

        var r = run.Single;
        Assert.Equal("z1", r.RecordKey);
        Assert.Equal(2, r.Line);
        var s = r.Source;
        Assert.Equal("Salt, and blood pressure", s.Title);
        Assert.Equal([new Author("Nguyen", "Thi"), new Author("Ørsted", "Hans")], s.Authors);
        Assert.Equal(("Hypertens Rev", 2021, "4", "10-18"), (s.Container, s.Year, s.Volume, s.Pages));
        Assert.Equal("10.5555/salt.1", s.Doi?.Value);
        Assert.Empty(run.AllIssues);
    }

    [Fact]
    public void Parse_HtmlEntitiesInAuthorList_DecodedBeforeTheListIsSplit()
    {
        var run = ParseRun.Of(new CsvSourceParser(), "Title,Year,Authors\nA trial,2019,\"O&#8217;Donnell, Martin; M&uuml;ller, Kai; Smith &amp; Jones Group\"\n");

        var authors = run.Single.Source.Authors;
        Assert.Equal([new Author("O\u2019Donnell", "Martin"), new Author("Müller", "Kai")], authors.Take(2));
        Assert.Equal("Smith & Jones Group", authors[2].Literal ?? authors[2].Family);
        Assert.Equal(3, authors.Count);
    }

    [Theory]
    [InlineData("publication_year")]
    [InlineData("PUBLICATION YEAR")]
    [InlineData("PublicationYear")]
    public void Parse_HeaderSpellings_MatchIgnoringCaseAndSpaces(string yearHeader)
    {
        var run = ParseRun.Of(new CsvSourceParser(), $"TITLE,{yearHeader},Authors\nA trial,2019,\"Smith JA, Doe B\"\n");

        Assert.Equal(2019, run.Single.Source.Year);
        Assert.Equal([new Author("Smith", "JA"), new Author("Doe", "B")], run.Single.Source.Authors);
    }

    [Fact]
    public void Parse_TabDelimitedMultilineField_LinesCountFromTheRecordStart()
    {
        var run = ParseRun.Of(new CsvSourceParser(), "Title\tYear\tDOI\n\"First\nsecond line\"\t2020\t\nNext\t2021\tnot-a-doi\n");

        Assert.Equal(2, run.Records.Count);
        Assert.Equal("First second line", run.Records[0].Source.Title);
        var bad = Assert.Single(run.AllIssues);
        Assert.Equal(4, bad.Line);
        Assert.Contains("is not a DOI", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTitleColumn_ReportsAnErrorAndYieldsNothing()
    {
        var run = ParseRun.Of(new CsvSourceParser(), "Name,Year\nx,2020\n");

        Assert.Empty(run.Records);
        Assert.Equal(ImportSeverity.Error, Assert.Single(run.FileIssues).Severity);
    }
}
