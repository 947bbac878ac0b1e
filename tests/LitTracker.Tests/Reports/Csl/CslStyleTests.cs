using LitTracker.Reports.Csl;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Reports.Csl;

public class CslStyleTests
{
    private const string Head = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">\n";

    [Fact]
    public void Parse_MalformedXml_IssueWithLine()
    {
        var result = CslStyle.Parse(Head + "<citation><layout></citation>", "bad.csl");

        Assert.Null(result.Style);
        Assert.Equal(2, result.Issues[0].Line);
        Assert.Contains("not well-formed", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UndefinedMacroAndUnknownElement_BothReportedWithLines()
    {
        var result = CslStyle.Parse(Head + "<citation><layout>\n<text macro=\"missing\"/>\n<bogus/>\n</layout></citation></style>", "s.csl");

        Assert.Null(result.Style);
        Assert.Collection(
            result.Issues,
            i => Assert.Equal((3, "The macro 'missing' is not defined"), (i.Line, i.Message[..34])),
            i => Assert.Equal(4, i.Line));
    }

    [Fact]
    public void Parse_RecursiveMacro_Reported()
    {
        var result = CslStyle.Parse(Head + "<macro name=\"m\"><text macro=\"m\"/></macro><citation><layout><text macro=\"m\"/></layout></citation></style>", "s.csl");

        Assert.Contains(result.Issues, i => i.Message.Contains("calls itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NotCsl_ClearMessage()
    {
        var result = CslStyle.Parse("<html/>", "page.html");

        Assert.Contains("Is this a CSL file?", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Resolve_DependentStyleWithShippedParent_UsesParent()
    {
        var result = CslStyles.Resolve(SharedData.Path("testdata", "csl", "styles", "dependent_vancouver-nlm.csl"));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("http://www.zotero.org/styles/nlm-citation-sequence", result.Style!.Id);
    }

    [Fact]
    public void Resolve_DependentStyleWithUnknownParent_ClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), "dep-" + Guid.NewGuid().ToString("N") + ".csl");
        File.WriteAllText(path, "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"><info><link href=\"http://www.zotero.org/styles/elsewhere\" rel=\"independent-parent\"/></info></style>");
        try
        {
            var result = CslStyles.Resolve(path);

            Assert.Null(result.Style);
            Assert.Contains("parent 'http://www.zotero.org/styles/elsewhere' is not available", result.Issues[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("vancouver")]
    [InlineData("ama")]
    [InlineData("apa")]
    public void Shipped_EachStyle_LoadsWithBibliography(string name)
    {
        var style = CslStyles.Shipped(name);

        Assert.NotNull(style);
        Assert.True(new CslProcessor(style).HasBibliography);
    }
}
