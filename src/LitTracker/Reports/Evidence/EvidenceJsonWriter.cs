using System.Text.Json;
using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Evidence;

/// <summary>
/// Writes the evidence table as indented JSON (camelCase names, kebab-case enum values, null
/// for anything not recorded):
/// <c>{"title","demonstrationData","note","articles":[{"id","key","title","claims":[{"id","key",
/// "text","locator","category","categoryLabel","wording","absolute","citedByArticle","verdict",
/// "flags","bestGrade","sort","citations":[{"id","stance","origin","grade","outcome","locator",
/// "rationale","by","at","source":{"id","key","label","title","type","design","designDetail",
/// "population","year","doi","pmid","url","retracted"}}]}]}]}</c>.
/// </summary>
public static class EvidenceJsonWriter
{
    /// <summary>Writes the report followed by a newline.</summary>
    public static void Write(TextWriter writer, CheckReport report, EvidenceReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        ReportJson.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("title", options.Title);
            json.WriteBoolean("demonstrationData", options.DemonstrationData);
            json.WriteString("note", options.Note);
            ReportJson.WriteArticles(json, report, WriteClaim);
            json.WriteEndObject();
        });
    }

    private static void WriteClaim(Utf8JsonWriter json, ClaimCheck claim)
    {
        var a = claim.Assessment;
        json.WriteStartObject();
        json.WriteNumber("id", claim.Id);
        json.WriteString("key", claim.Key);
        json.WriteString("text", claim.Text);
        json.WriteString("locator", claim.Locator);
        json.WriteString("category", claim.Category);
        json.WriteString("categoryLabel", claim.CategoryLabel);
        json.WriteString("wording", ReportValues.Name(claim.Wording));
        json.WriteBoolean("absolute", claim.Absolute);
        json.WriteBoolean("citedByArticle", a.CitedByArticle);
        json.WriteString("verdict", ReportValues.Name(a.Verdict));
        ReportJson.WriteStrings(json, "flags", ReportValues.Flags(a.Flags));
        json.WriteString("bestGrade", ReportValues.Name(a.BestSupportingGrade));
        json.WriteString("sort", ReportValues.Sort(a.Sort));
        json.WriteStartArray("citations");
        foreach (var c in EvidenceCitation.Ordered(claim))
        {
            WriteCitation(json, c);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter json, EvidenceCitation c)
    {
        var view = c.View;
        var source = view.Source;
        json.WriteStartObject();
        json.WriteNumber("id", view.Id);
        json.WriteString("stance", ReportValues.Name(view.Stance));
        json.WriteString("origin", ReportValues.Name(view.Origin));
        json.WriteString("grade", ReportValues.Name(view.Grade));
        json.WriteString("outcome", ReportValues.Name(view.Outcome));
        json.WriteString("locator", view.Locator);
        json.WriteString("rationale", view.Rationale);
        json.WriteString("by", view.By);
        json.WriteString("at", ReportValues.Instant(view.At));
        json.WriteStartObject("source");
        json.WriteNumber("id", source.Id);
        json.WriteString("key", source.Key);
        json.WriteString("label", c.SourceLabel);
        json.WriteString("title", source.Title);
        json.WriteString("type", ReportValues.Name(source.Type));
        json.WriteString("design", ReportValues.Name(source.Design));
        json.WriteString("designDetail", source.DesignDetail);
        json.WriteString("population", ReportValues.Name(source.Population));
        if (source.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WriteString("doi", source.Doi?.Value);
        json.WriteString("pmid", ReportValues.Pmid(source));
        json.WriteString("url", source.Url);
        json.WriteBoolean("retracted", source.IsRetracted);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
