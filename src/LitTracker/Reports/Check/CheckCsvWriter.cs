using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Check;

/// <summary>
/// Writes a check report as CSV (RFC 4180, invariant culture), one row per claim with columns
/// <c>article, claim_key, claim_text, category, wording, cited_by_article, best_grade, verdict,
/// flags, sort</c>; flags are joined by ";"; <c>article</c> is the article key. Cells that a
/// spreadsheet would run as a formula are written quoted with a leading apostrophe.
/// </summary>
public static class CheckCsvWriter
{
    /// <summary>Writes the header and one row per claim.</summary>
    public static void Write(TextWriter writer, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Articles.SelectMany(a => a.Claims.Select(c => new CheckCsvRow(
            a.Key,
            c.Key,
            c.Text,
            c.Category,
            ReportValues.Name(c.Wording) ?? string.Empty,
            ReportValues.YesNo(c.Assessment.CitedByArticle),
            ReportValues.Name(c.Assessment.BestSupportingGrade) ?? string.Empty,
            ReportValues.Name(c.Assessment.Verdict) ?? string.Empty,
            string.Join(';', ReportValues.Flags(c.Assessment.Flags)),
            ReportValues.Sort(c.Assessment.Sort) ?? string.Empty)));
        ReportCsv.Write<CheckCsvRow, CheckCsvRowMap>(writer, rows);
    }
}
