using LitTracker.Import;
using LitTracker.Import.Bibtex;

namespace LitTracker.Tests.Import.Bibtex;

/// <summary>
/// The reader takes runs of value characters straight from its 8 KB buffer; values that cross the
/// buffer's end, exceed the size limit or run into the next entry must read as one character at a
/// time would.
/// </summary>
public class BibtexReaderBufferTests
{
    private static ParseRun Parse(string text) => ParseRun.Of(new BibtexParser(), text, "refs.bib");

    [Fact]
    public void Parse_ValuesCrossingTheBufferEnd_AreReadWhole()
    {
        var title = string.Concat(Enumerable.Repeat("Stem cells in knee osteoarthritis ", 12)) + @"{\""o}ver";
        for (var pad = 8000; pad < 8200; pad += 3)
        {
            var text = new string(' ', pad) + "@article{key" + pad + ",\n  title = {" + title + "},\n  journal = {Pain Medicine},\n  year = 2019\n}\n";

            var parsed = Parse(text).Single;

            Assert.Equal(title.Replace(@"{\""o}", "ö", StringComparison.Ordinal), parsed.Source.Title);
            Assert.Equal("Pain Medicine", parsed.Source.Container);
            Assert.Equal(2019, parsed.Source.Year);
        }
    }

    [Fact]
    public void Parse_ValueOverOneMegabyte_SkipsTheEntryAndKeepsTheNext()
    {
        var text = "@article{big,\n  title = {" + new string('z', (1 << 20) + 5) + "}}\n@article{next, title = {After}}\n";

        var run = Parse(text);

        var issue = Assert.Single(run.FileIssues);
        Assert.Equal((2, 11, ImportSeverity.Error), (issue.Line, issue.Column, issue.Severity));
        Assert.Contains("longer than 1 MB", issue.Message, StringComparison.Ordinal);
        Assert.Equal("After", run.Single.Source.Title);
    }

    [Fact]
    public void Parse_EntryStartingInsideAValue_ReportsBothLinesAndReadsTheNextEntry()
    {
        var text = "@article{broken,\n  title = {Never closed\n  @article{next, title = {After}}\n";

        var run = Parse(text);

        var issue = Assert.Single(run.FileIssues);
        Assert.Equal((2, 11), (issue.Line, issue.Column));
        Assert.Contains("before the next entry at line 3", issue.Message, StringComparison.Ordinal);
        Assert.Equal("After", run.Single.Source.Title);
    }
}
