using LitTracker.Reports.Text;

namespace LitTracker.Tests.Reports.Text;

public class MarkdownTests
{
    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("*x* _y_ `z`", @"\*x\* \_y\_ \`z\`")]
    [InlineData("[a](b) <i>", @"\[a\](b) \<i\>")]
    [InlineData("p | q", @"p \| q")]
    [InlineData("line1\r\nline2\nline3", "line1 line2 line3")]
    [InlineData("&amp;", @"\&amp;")]
    [InlineData(null, "")]
    public void Escape_Specials_BackslashEscapedOnOneLine(string? text, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(text));
    }

    [Fact]
    public void Cell_Empty_SingleSpace()
    {
        Assert.Equal(" ", Markdown.Cell(null));
    }
}
