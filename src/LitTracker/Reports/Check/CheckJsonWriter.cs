using System.Text.Json;
using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Check;

/// <summary>
/// Writes a check report as indented JSON in a fixed shape:
/// <c>{"articles":[{"id","key","title","claims":[{"id","key","text","category","wording",
/// "citedByArticle","bestGrade","verdict","flags","sort"}]}]}</c>. Enum values are kebab-case
/// (<c>direct-causal</c>, <c>retracted-support</c>); <c>bestGrade</c>, <c>wording</c>,
/// <c>verdict</c> and <c>sort</c> are null when not set; <c>sort</c> is "A", "B" or "C".
/// </summary>
public static class CheckJsonWriter
{
    /// <summary>Writes the report followed by a newline.</summary>
    public static void Write(TextWriter writer, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportJson.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
            {
                json.WriteStartObject();
                json.WriteNumber("id", article.Id);
                json.WriteString("key", article.Key);
                json.WriteString("title", article.Title);
                json.WriteStartArray("claims");
                foreach (var claim in article.Claims)
                {
                    WriteClaim(json, claim);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteClaim(Utf8JsonWriter json, ClaimCheck claim)
    {
        var assessment = claim.Assessment;
        json.WriteStartObject();
        json.WriteNumber("id", claim.Id);
        json.WriteString("key", claim.Key);
        json.WriteString("text", claim.Text);
        json.WriteString("category", claim.Category);
        json.WriteString("wording", ReportValues.Name(claim.Wording));
        json.WriteBoolean("citedByArticle", assessment.CitedByArticle);
        json.WriteString("bestGrade", ReportValues.Name(assessment.BestSupportingGrade));
        json.WriteString("verdict", ReportValues.Name(assessment.Verdict));
        ReportJson.WriteStrings(json, "flags", ReportValues.Flags(assessment.Flags));
        json.WriteString("sort", ReportValues.Sort(assessment.Sort));
        json.WriteEndObject();
    }
}
