using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Evidence;

/// <summary>
/// Writes the evidence table as Markdown: per claim a summary (verdict, flags, SORT, balance of
/// supporting and contradicting citations) and one table of its citations, supporting first and
/// contradicting right after; then a legend and a sign-off block.
/// </summary>
public static class EvidenceMarkdownWriter
{
    private static readonly string[] Columns =
        ["Stance", "Source", "Design", "Origin", "Grade", "Outcome", "Locator", "Rationale", "Graded by"];

    /// <summary>Writes the report; every value is escaped and kept on one line.</summary>
    public static void Write(TextWriter writer, CheckReport report, EvidenceReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteLine("# " + Markdown.Escape(options.Title));
        if (options.DemonstrationData)
        {
            writer.WriteLine();
            writer.WriteLine("> **" + Markdown.Escape(EvidenceReportOptions.DemonstrationBanner) + "**");
        }

        if (!string.IsNullOrWhiteSpace(options.Note))
        {
            writer.WriteLine();
            writer.WriteLine(Markdown.Escape(options.Note));
        }

        foreach (var article in report.Articles)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Markdown.Escape(article.Title)} ({Markdown.Escape(article.Key)})");
            if (article.Claims.Count == 0)
            {
                writer.WriteLine();
                writer.WriteLine("No claims recorded.");
            }

            foreach (var claim in article.Claims)
            {
                WriteClaim(writer, claim);
            }
        }

        WriteLegend(writer);
        writer.WriteLine();
        writer.WriteLine("## Sign-off");
        writer.WriteLine();
        writer.WriteLine("| Reviewed by | Date | Signature |");
        writer.WriteLine(Markdown.Separator(3));
        writer.WriteLine("|   |   |   |");
    }

    private static void WriteClaim(TextWriter writer, ClaimCheck claim)
    {
        var a = claim.Assessment;
        var flags = ReportValues.Flags(a.Flags);
        writer.WriteLine();
        writer.WriteLine($"### {Markdown.Escape(claim.Key)}: {Markdown.Escape(claim.Text)}");
        writer.WriteLine();
        writer.WriteLine($"- Verdict: **{Markdown.Escape(ReportValues.Label(a.Verdict))}**; flags: {(flags.Count == 0 ? "none" : Markdown.Escape(string.Join(", ", flags)))}; SORT: {ReportValues.Sort(a.Sort) ?? "n/a"}");
        writer.WriteLine($"- Best supporting grade: {Markdown.Escape(Or(ReportValues.Label(a.BestSupportingGrade), "none"))}; cited by article: {ReportValues.YesNo(a.CitedByArticle)}");
        writer.WriteLine($"- Category: {Markdown.Escape(Or(claim.CategoryLabel, claim.Category))}; wording: {Markdown.Escape(Or(ReportValues.Label(claim.Wording), "not recorded"))}{(claim.Absolute ? " (absolute)" : string.Empty)}; location: {Markdown.Escape(Or(claim.Locator, "not recorded"))}");
        writer.WriteLine($"- Evidence: {EvidenceCitation.Balance(claim)}");
        writer.WriteLine();
        var citations = EvidenceCitation.Ordered(claim);
        if (citations.Count == 0)
        {
            writer.WriteLine("No citations recorded.");
            return;
        }

        writer.WriteLine(Markdown.Row(Columns));
        writer.WriteLine(Markdown.Separator(Columns.Length));
        foreach (var c in citations)
        {
            // Anything that is not support is bold so a contradiction cannot be skimmed past.
            var stance = c.IsSupporting ? Markdown.Cell(c.Stance) : "**" + Markdown.Escape(c.Stance) + "**";
            var source = Markdown.Escape(c.SourceLabel) + (c.Retracted ? " **RETRACTED**" : string.Empty);
            writer.WriteLine(Markdown.Row([
                stance,
                source,
                Markdown.Cell(c.Design),
                Markdown.Cell(c.Origin),
                Markdown.Cell(c.Grade),
                Markdown.Cell(c.Outcome),
                Markdown.Cell(c.Locator),
                Markdown.Cell(c.Rationale),
                Markdown.Cell(c.ByWhen),
            ]));
        }
    }

    private static void WriteLegend(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("## Legend");
        writer.WriteLine();
        foreach (var (verdict, meaning) in VerdictLegend.Verdicts)
        {
            writer.WriteLine($"- **{ReportValues.Label(verdict)}**: {Markdown.Escape(meaning)}");
        }

        foreach (var (flag, meaning) in VerdictLegend.Flags)
        {
            writer.WriteLine($"- flag **{ReportValues.Name(flag)}**: {Markdown.Escape(meaning)}");
        }

        foreach (var (sort, meaning) in VerdictLegend.SortLevels)
        {
            writer.WriteLine($"- SORT **{sort}**: {Markdown.Escape(meaning)}");
        }
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
