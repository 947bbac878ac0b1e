using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Evidence;

/// <summary>
/// Writes the evidence table as CSV: one row per citation with the claim's columns repeated
/// (<c>article, claim_key, claim_text, category, wording, verdict, flags, sort, best_grade,
/// cited_by_article</c>), then <c>stance, source_key, source, study_design, population, origin,
/// grade, outcome, locator, rationale, graded_by, graded_at, retracted, doi, pmid, url</c>
/// (kebab-case values, flags joined by ";"). A claim without citations gets one row with the
/// source columns empty. Formula-like cells are quoted with a leading apostrophe.
/// </summary>
public static class EvidenceCsvWriter
{
    /// <summary>Writes the header and the rows.</summary>
    public static void Write(TextWriter writer, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportCsv.Write<EvidenceCsvRow, EvidenceCsvRowMap>(writer, Rows(report));
    }

    private static IEnumerable<EvidenceCsvRow> Rows(CheckReport report)
    {
        foreach (var article in report.Articles)
        {
            foreach (var claim in article.Claims)
            {
                var citations = EvidenceCitation.Ordered(claim);
                if (citations.Count == 0)
                {
                    yield return Row(article, claim, null);
                }

                foreach (var citation in citations)
                {
                    yield return Row(article, claim, citation);
                }
            }
        }
    }

    private static EvidenceCsvRow Row(ArticleCheck article, ClaimCheck claim, EvidenceCitation? c)
    {
        var a = claim.Assessment;
        var view = c?.View;
        var source = view?.Source;
        return new EvidenceCsvRow(
            article.Key,
            claim.Key,
            claim.Text,
            claim.Category,
            ReportValues.Name(claim.Wording) ?? string.Empty,
            ReportValues.Name(a.Verdict) ?? string.Empty,
            string.Join(';', ReportValues.Flags(a.Flags)),
            ReportValues.Sort(a.Sort) ?? string.Empty,
            ReportValues.Name(a.BestSupportingGrade) ?? string.Empty,
            ReportValues.YesNo(a.CitedByArticle),
            view is null ? string.Empty : ReportValues.Name(view.Stance) ?? string.Empty,
            source?.Key ?? string.Empty,
            c?.SourceLabel ?? string.Empty,
            source is null ? string.Empty : ReportValues.Name(source.Design) ?? string.Empty,
            source is null ? string.Empty : ReportValues.Name(source.Population) ?? string.Empty,
            view is null ? string.Empty : ReportValues.Name(view.Origin) ?? string.Empty,
            view is null ? string.Empty : ReportValues.Name(view.Grade) ?? string.Empty,
            view is null ? string.Empty : ReportValues.Name(view.Outcome) ?? string.Empty,
            view?.Locator ?? string.Empty,
            view?.Rationale ?? string.Empty,
            view?.By ?? string.Empty,
            view is null ? string.Empty : ReportValues.Instant(view.At) ?? string.Empty,
            source is null ? string.Empty : ReportValues.YesNo(source.IsRetracted),
            source?.Doi?.Value ?? string.Empty,
            source is null ? string.Empty : ReportValues.Pmid(source) ?? string.Empty,
            source?.Url ?? string.Empty);
    }
}
