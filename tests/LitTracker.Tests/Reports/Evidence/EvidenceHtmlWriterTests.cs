using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Reports.Evidence;
using LitTracker.Sources;

namespace LitTracker.Tests.Reports.Evidence;

public class EvidenceHtmlWriterTests
{
    private static string Write(CheckReport report, EvidenceReportOptions? options = null)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        EvidenceReportWriter.Write(writer, report, EvidenceReportFormat.Html, options);
        return writer.ToString();
    }

    [Fact]
    public void Write_ScriptInClaimAndSourceTitle_Encoded()
    {
        var report = ReportFixtures.Report(contestedText: "<script>alert(1)</script> relieves pain");
        report.Articles[0].Claims[0].Citations[0].Source.Title = "<script>steal()</script> trial";

        var html = Write(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; relieves pain", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;steal()&lt;/script&gt; trial", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Report_StandalonePageWithLegendAndSignOff()
    {
        var html = Write(ReportFixtures.Report());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("<dt>retracted support</dt><dd>Every supporting source is retracted or withdrawn.</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Reviewed by</th><th>Date</th><th>Signature</th>", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ContestedClaim_SupportAndContradictionSideBySide()
    {
        var html = Write(ReportFixtures.Report());

        var supports = html.IndexOf("<h4>Supporting (1)</h4>", StringComparison.Ordinal);
        var against = html.IndexOf("<h4>Contradicting or mixed (1)</h4>", StringComparison.Ordinal);
        Assert.InRange(supports, 0, against);
        Assert.Contains("Hunt et al. 2019, Platelet-rich plasma for knee osteoarthritis: a…", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"citation stance-contradicts\">", html, StringComparison.Ordinal);
        Assert.Contains("FDA 2022, Consumer warning about unapproved stem cell…", html[against..], StringComparison.Ordinal);
        Assert.Contains("<dt>Graded by</dt><dd>alice, 2024-05-01</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnsourcedClaim_EmptyColumnsSayNoneRecorded()
    {
        var html = Write(ReportFixtures.Report());

        var claim = html[html.IndexOf("Clinics regrow cartilage", StringComparison.Ordinal)..];
        Assert.Contains("<h4>Supporting (0)</h4>\n<p class=\"none\">None recorded.</p>", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DemonstrationData_BannerAtTop()
    {
        var html = Write(ReportFixtures.Report(), new EvidenceReportOptions(DemonstrationData: true, Note: "Scope: <blog>"));

        var banner = html.IndexOf("Demonstration data:", StringComparison.Ordinal);
        Assert.InRange(banner, 0, html.IndexOf("<section class=\"article\">", StringComparison.Ordinal));
        Assert.Contains("<p class=\"note\">Scope: &lt;blog&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoDemonstrationFlag_NoBanner()
    {
        var html = Write(ReportFixtures.Report());

        Assert.DoesNotContain("Demonstration data", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RetractedSource_MarkedRetracted()
    {
        var report = ReportFixtures.Report();
        report.Articles[0].Claims[0].Citations[0].Source.Notices.Add(new Notice { Type = NoticeType.Retraction });

        var html = Write(report);

        Assert.Contains("<span class=\"retracted\">RETRACTED</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_JavascriptSourceUrl_NotLinked()
    {
        var source = ReportFixtures.Warning();
        source.Url = "javascript:alert(1)";
        var claim = ReportFixtures.Claim("c9", "x", Verdict.Weak, ClaimFlags.None, Certainty.Low, SortStrength.C,
            ReportFixtures.Cite(source, Stance.Supports, Certainty.Low));

        var html = Write(new CheckReport([new ArticleCheck(1, "a", "A", [], [claim])]));

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }
}
