using LitTracker.Reports.Text;

namespace LitTracker.Tests.Reports.Text;

public class RichTextRendererTests
{
    private static readonly RichText Sample = new([
        TextRun.Plain("A & <B> "),
        new TextRun("Journal_1", Italic: true),
        TextRun.Plain(" "),
        TextRun.Link("doi:10.1/x", "https://doi.org/10.1/x"),
        TextRun.Plain(" "),
        TextRun.Link("bad", "javascript:alert(1)"),
    ]);

    [Fact]
    public void ToPlainText_Runs_ConcatenatedUnescaped()
    {
        Assert.Equal("A & <B> Journal_1 doi:10.1/x bad", RichTextRenderer.ToPlainText(Sample));
    }

    [Fact]
    public void ToHtml_Runs_EncodedItalicAndSafeLinksOnly()
    {
        Assert.Equal(
            "A &amp; &lt;B&gt; <i>Journal_1</i> <a href=\"https://doi.org/10.1/x\">doi:10.1/x</a> bad",
            RichTextRenderer.ToHtml(Sample));
    }

    [Fact]
    public void ToMarkdown_Runs_EscapedItalicAndSafeLinksOnly()
    {
        Assert.Equal(
            @"A \& \<B\> *Journal\_1* [doi:10.1/x](<https://doi.org/10.1/x>) bad",
            RichTextRenderer.ToMarkdown(Sample));
    }

    [Fact]
    public void Terminate_TextEndingInPeriod_NotDoubled()
    {
        var text = new RichTextBuilder().Append("Hunt CL, et al.").Terminate().Append(" Title").Terminate().Build();

        Assert.Equal("Hunt CL, et al. Title.", text.ToPlainText());
    }
}
