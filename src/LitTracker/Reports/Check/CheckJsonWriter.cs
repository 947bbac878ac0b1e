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
            ReportJson.WriteArticles(json, report, WriteClaim);
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
