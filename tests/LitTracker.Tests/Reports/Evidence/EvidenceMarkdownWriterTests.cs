using LitTracker.Reports.Evidence;

namespace LitTracker.Tests.Reports.Evidence;

public class EvidenceMarkdownWriterTests
{
    private static string Write(string contested = "Stem cells relieve knee pain", EvidenceReportOptions? options = null)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        EvidenceReportWriter.Write(writer, ReportFixtures.Report(contestedText: contested), EvidenceReportFormat.Md, options);
        return writer.ToString();
    }

    [Fact]
    public void Write_ContestedClaim_SupportThenBoldContradictionRows()
    {
        var md = Write();

        Assert.Contains(
            "| Stance | Source | Design | Origin | Grade | Outcome | Locator | Rationale | Graded by |\n"
            + "|---|---|---|---|---|---|---|---|---|\n"
            + "| supports | Hunt et al. 2019, Platelet-rich plasma for knee osteoarthritis: a… | systematic review of RCTs | article | moderate | patient oriented | Results, p. 530 | Pooled pain scores | alice, 2024-05-01 |\n"
            + "| **contradicts** | FDA 2022, Consumer warning about unapproved stem cell… | regulatory notice | reviewer | low | patient oriented | Results, p. 530 | Pooled pain scores | alice, 2024-05-01 |\n",
            md,
            StringComparison.Ordinal);
        Assert.Contains("- Evidence: 1 supporting, 1 contradicting, 0 mixed, 0 not addressing\n", md, StringComparison.Ordinal);
        Assert.Contains("- Verdict: **contested**; flags: overstated; SORT: B\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PipeInClaim_EscapedInHeading()
    {
        var md = Write("pain | gone <b>");

        Assert.Contains(@"### c1: pain \| gone \<b\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnsourcedClaim_NoCitationsLine()
    {
        var md = Write();

        Assert.Contains("### c2: Clinics regrow cartilage\n", md, StringComparison.Ordinal);
        Assert.Contains("No citations recorded.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DemonstrationData_BannerBeforeFirstArticle()
    {
        var md = Write(options: new EvidenceReportOptions(DemonstrationData: true));

        Assert.StartsWith("# Evidence table\n\n> **Demonstration data:", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Report_LegendAndSignOff()
    {
        var md = Write();

        Assert.Contains("- **unsourced**: No citation supports the claim", md, StringComparison.Ordinal);
        Assert.EndsWith("## Sign-off\n\n| Reviewed by | Date | Signature |\n|---|---|---|\n|   |   |   |\n", md, StringComparison.Ordinal);
    }
}
