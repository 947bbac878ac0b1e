using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Check;

/// <summary>Writes a check report as Markdown: a heading and one table of claims per article.</summary>
public static class CheckMarkdownWriter
{
    private static readonly string[] Columns =
        ["Claim", "Text", "Category", "Wording", "Cited by article", "Best grade", "Verdict", "Flags", "SORT"];

    /// <summary>Writes the report; every cell is escaped (pipes included) and kept on one line.</summary>
    public static void Write(TextWriter writer, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteLine("# Claim check");
        foreach (var article in report.Articles)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Markdown.Escape(article.Title)} ({Markdown.Escape(article.Key)})");
            writer.WriteLine();
            if (article.Claims.Count == 0)
            {
                writer.WriteLine("No claims recorded.");
                continue;
            }

            writer.WriteLine(Markdown.Row(Columns));
            writer.WriteLine(Markdown.Separator(Columns.Length));
            foreach (var claim in article.Claims)
            {
                var a = claim.Assessment;
                writer.WriteLine(Markdown.Row([
                    Markdown.Cell(claim.Key),
                    Markdown.Cell(claim.Text),
                    Markdown.Cell(claim.CategoryLabel.Length > 0 ? claim.CategoryLabel : claim.Category),
                    Markdown.Cell(ReportValues.Label(claim.Wording)),
                    Markdown.Cell(ReportValues.YesNo(a.CitedByArticle)),
                    Markdown.Cell(ReportValues.Label(a.BestSupportingGrade)),
                    Markdown.Cell(ReportValues.Label(a.Verdict)),
                    Markdown.Cell(string.Join(", ", ReportValues.Flags(a.Flags))),
                    Markdown.Cell(ReportValues.Sort(a.Sort)),
                ]));
            }
        }
    }
}
