using LitTracker.Reports.Evidence;

namespace LitTracker.Tests.Reports.Evidence;

public class EvidenceCsvWriterTests
{
    private static string[] Write(string contested = "Stem cells relieve knee pain")
    {
        using var writer = new StringWriter();
        EvidenceReportWriter.Write(writer, ReportFixtures.Report(contestedText: contested), EvidenceReportFormat.Csv);
        return writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Write_Report_OneRowPerCitationAndOneForUncitedClaim()
    {
        var lines = Write();

        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "article,claim_key,claim_text,category,wording,verdict,flags,sort,best_grade,cited_by_article,stance,source_key,source,study_design,population,origin,grade,outcome,locator,rationale,graded_by,graded_at,retracted,doi,pmid,url",
            lines[0]);
        Assert.Equal(
            "blog,c1,Stem cells relieve knee pain,pain_relief,direct-causal,contested,overstated,B,moderate,yes,supports,hunt2019,\"Hunt et al. 2019, Platelet-rich plasma for knee osteoarthritis: a…\",systematic-review-of-rcts,human,article,moderate,patient-oriented,\"Results, p. 530\",Pooled pain scores,alice,2024-05-01T09:30:00Z,no,10.1093/pm/pny256,,",
            lines[1]);
        Assert.StartsWith("blog,c1,Stem cells relieve knee pain,pain_relief,direct-causal,contested,overstated,B,moderate,yes,contradicts,fda2022,", lines[2], StringComparison.Ordinal);
        Assert.Equal("blog,c2,Clinics regrow cartilage,pain_relief,direct-causal,unsourced,uncited;overstated,C,,no" + new string(',', 16), lines[3]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("@x", "\"'@x\"")]
    [InlineData("+cmd", "\"'+cmd\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    public void Write_FormulaClaimText_EscapedOnEveryRow(string text, string expectedCell)
    {
        var lines = Write(text);

        Assert.StartsWith("blog,c1," + expectedCell + ",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("blog,c1," + expectedCell + ",", lines[2], StringComparison.Ordinal);
    }
}
