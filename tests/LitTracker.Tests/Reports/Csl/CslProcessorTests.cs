using LitTracker.Reports.Csl;

namespace LitTracker.Tests.Reports.Csl;

public class CslProcessorTests
{
    private const string Head = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">\n";

    [Fact]
    public void FormatBibliography_ApaUndatedWork_KeepsNoDate()
    {
        var item = new CslItem("a", "webpage").Set("title", "Guidance on supplements").Set("URL", "https://example.org/g")
            .SetNames("author", [new CslName("Smith", "Jane")]);

        var entry = new CslProcessor(CslStyles.Shipped("apa")!).FormatBibliography([item])[0].ToPlainText();

        Assert.StartsWith("Smith, J. (n.d.).", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatBibliography_GroupWithTermAndEmptyVariable_Suppressed()
    {
        var style = CslStyle.Parse(
            Head + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography><layout>"
            + "<text variable=\"title\"/><group prefix=\" [\" suffix=\"]\"><text term=\"volume\"/><text variable=\"volume\"/></group>"
            + "</layout></bibliography></style>",
            "s.csl").Style!;
        var item = new CslItem("a", "book").Set("title", "Title");

        var entry = new CslProcessor(style).FormatBibliography([item])[0].ToPlainText();

        Assert.Equal("Title", entry);
    }
}
