using LitTracker.Reports.Check;

namespace LitTracker.Tests.Reports.Check;

public class CheckCsvWriterTests
{
    private static string[] Lines(string text) => text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Write_Report_HeaderAndOneRowPerClaim()
    {
        using var writer = new StringWriter();

        CheckCsvWriter.Write(writer, ReportFixtures.Report());

        var lines = Lines(writer.ToString());
        Assert.Equal(3, lines.Length);
        Assert.Equal("article,claim_key,claim_text,category,wording,cited_by_article,best_grade,verdict,flags,sort", lines[0]);
        Assert.Equal("blog,c1,Stem cells relieve knee pain,pain_relief,direct-causal,yes,moderate,contested,overstated,B", lines[1]);
        Assert.Equal("blog,c2,Clinics regrow cartilage,pain_relief,direct-causal,no,,unsourced,uncited;overstated,C", lines[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(1+1)", "\"'@SUM(1+1)\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    public void Write_FormulaClaimText_QuotedWithLeadingApostrophe(string text, string expectedCell)
    {
        using var writer = new StringWriter();

        CheckCsvWriter.Write(writer, ReportFixtures.Report(unsourcedText: text));

        var row = Lines(writer.ToString())[2];
        Assert.Equal("blog,c2," + expectedCell + ",pain_relief,direct-causal,no,,unsourced,uncited;overstated,C", row);
    }
}
