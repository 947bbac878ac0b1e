using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Evidence;

/// <summary>
/// Writes the evidence table as one standalone HTML page: no scripts, an inline stylesheet, a
/// Content-Security-Policy that blocks scripts, every value HTML-encoded. Per claim, supporting
/// sources and contradicting-or-mixed sources stand in two columns side by side (an empty column
/// says "None recorded."), then a legend of verdicts, flags and SORT levels, and a sign-off block.
/// </summary>
public static class EvidenceHtmlWriter
{
    /// <summary>Writes the page.</summary>
    public static void Write(TextWriter writer, CheckReport report, EvidenceReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        HtmlPage.WriteStart(writer, options.Title, EvidenceHtmlStyle.Css);
        writer.WriteLine("<header>");
        writer.WriteLine($"<h1>{Html.Encode(options.Title)}</h1>");
        if (options.DemonstrationData)
        {
            writer.WriteLine($"<p class=\"demo\" role=\"note\">{Html.Encode(EvidenceReportOptions.DemonstrationBanner)}</p>");
        }

        if (!string.IsNullOrWhiteSpace(options.Note))
        {
            writer.WriteLine($"<p class=\"note\">{Html.Encode(options.Note)}</p>");
        }

        writer.WriteLine("</header>");
        foreach (var article in report.Articles)
        {
            writer.WriteLine("<section class=\"article\">");
            writer.WriteLine($"<h2>{Html.Encode(article.Title)} <span class=\"key\">({Html.Encode(article.Key)})</span></h2>");
            if (article.Claims.Count == 0)
            {
                writer.WriteLine("<p class=\"none\">No claims recorded.</p>");
            }

            foreach (var claim in article.Claims)
            {
                EvidenceHtmlClaim.Write(writer, claim);
            }

            writer.WriteLine("</section>");
        }

        WriteLegend(writer);
        writer.WriteLine("<section class=\"sign-off\">");
        writer.WriteLine("<h2>Sign-off</h2>");
        writer.WriteLine("<table><tr><th>Reviewed by</th><th>Date</th><th>Signature</th></tr><tr><td></td><td></td><td></td></tr></table>");
        writer.WriteLine("</section>");
        HtmlPage.WriteEnd(writer);
    }

    private static void WriteLegend(TextWriter writer)
    {
        writer.WriteLine("<section class=\"legend\">");
        writer.WriteLine("<h2>Legend</h2>");
        writer.WriteLine("<h3>Verdicts</h3>");
        writer.WriteLine("<dl>");
        foreach (var (verdict, meaning) in VerdictLegend.Verdicts)
        {
            writer.WriteLine($"<dt>{Html.Encode(ReportValues.Label(verdict))}</dt><dd>{Html.Encode(meaning)}</dd>");
        }

        writer.WriteLine("</dl>");
        writer.WriteLine("<h3>Flags</h3>");
        writer.WriteLine("<dl>");
        foreach (var (flag, meaning) in VerdictLegend.Flags)
        {
            writer.WriteLine($"<dt>{Html.Encode(ReportValues.Name(flag))}</dt><dd>{Html.Encode(meaning)}</dd>");
        }

        writer.WriteLine("</dl>");
        writer.WriteLine("<h3>SORT</h3>");
        writer.WriteLine("<dl>");
        foreach (var (sort, meaning) in VerdictLegend.SortLevels)
        {
            writer.WriteLine($"<dt>{sort}</dt><dd>{Html.Encode(meaning)}</dd>");
        }

        writer.WriteLine("</dl>");
        writer.WriteLine("</section>");
    }
}
