using System.Text;
using LitTracker.Import;
using LitTracker.Sources;

namespace LitTracker.Tests.Import;

public class SourceFileParserTests
{
    private static (List<ParsedSource> Records, List<ImportIssue> Issues) Run(byte[] bytes, string file, ImportFormat format = ImportFormat.Unspecified)
    {
        var issues = new List<ImportIssue>();
        var records = SourceFileParser.Parse(new MemoryStream(bytes), file, format, issues.Add).ToList();
        return (records, issues);
    }

    [Fact]
    public void Parse_Utf16BibtexWithoutExtension_DetectsAndReads()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("@article{k, title = {G{\\\"o}del}}")).ToArray();

        var (records, issues) = Run(bytes, "export");

        Assert.Empty(issues);
        Assert.Equal("Gödel", Assert.Single(records).Source.Title);
    }

    [Fact]
    public void Parse_ExplicitFormat_OverridesDetection()
    {
        var (records, _) = Run(Encoding.UTF8.GetBytes("TY  - BOOK\nTI  - B\nER  - \n"), "x.bib", ImportFormat.Ris);

        Assert.Equal(SourceType.Book, Assert.Single(records).Source.Type);
    }

    [Theory]
    [InlineData("x.csv", "title\nA\n")]
    [InlineData("x.txt", "PMID- 1\nTI  - A\n")]
    public void Parse_CsvAndMedline_AreDetectedAndRead(string file, string text)
    {
        var (records, issues) = Run(Encoding.UTF8.GetBytes(text), file);

        Assert.Equal("A", Assert.Single(records).Source.Title);
        Assert.Empty(issues);
    }

    [Theory]
    [InlineData("x.txt", "just words")]
    public void Parse_UnsupportedOrUnknownFormat_ReportsWhatToDo(string file, string text)
    {
        var (records, issues) = Run(Encoding.UTF8.GetBytes(text), file);

        Assert.Empty(records);
        var issue = Assert.Single(issues);
        Assert.Equal(ImportSeverity.Error, issue.Severity);
        Assert.Contains("BibTeX", issue.Message.Replace("bibtex", "BibTeX", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8MidFile_KeepsEarlierRecordsAndReportsError()
    {
        var bytes = Encoding.UTF8.GetBytes("@article{a, title={One}}\n@article{b, title={Tw").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("o}}\n")).ToArray();

        var (records, issues) = Run(bytes, "x.bib");

        Assert.Equal("a", Assert.Single(records).RecordKey);
        Assert.Contains(issues, i => i.Message.Contains("not valid UTF-8", StringComparison.Ordinal) && i.Line == 2);
    }

    [Fact]
    public void ImportIssue_ToString_IsCompilerStyle()
    {
        var issue = new ImportIssue("refs.bib", 12, 5, "smith2019", ImportSeverity.Error, "Broken.");

        Assert.Equal("refs.bib:12:5: error [smith2019]: Broken.", issue.ToString());
    }
}
