using LitTracker.Checking;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Evidence;

/// <summary>One claim of the HTML evidence table: facts, then support and opposition side by side.</summary>
internal static class EvidenceHtmlClaim
{
    public static void Write(TextWriter writer, ClaimCheck claim)
    {
        var a = claim.Assessment;
        var verdict = ReportValues.Name(a.Verdict) ?? "unspecified";
        var flags = ReportValues.Flags(a.Flags);
        writer.WriteLine($"<section class=\"claim verdict-{verdict}\">");
        writer.WriteLine($"<h3><span class=\"key\">{Html.Encode(claim.Key)}</span> {Html.Encode(claim.Text)}</h3>");
        writer.WriteLine("<dl class=\"facts\">");
        Fact(writer, "Verdict", $"<span class=\"verdict\">{Html.Encode(ReportValues.Label(a.Verdict))}</span>");
        Fact(writer, "Flags", Html.Encode(flags.Count == 0 ? "none" : string.Join(", ", flags)));
        Fact(writer, "SORT", Html.Encode(ReportValues.Sort(a.Sort) ?? "n/a"));
        Fact(writer, "Best supporting grade", Html.Encode(Or(ReportValues.Label(a.BestSupportingGrade), "none")));
        Fact(writer, "Cited by article", ReportValues.YesNo(a.CitedByArticle));
        Fact(writer, "Category", Html.Encode(Or(claim.CategoryLabel, claim.Category)));
        Fact(writer, "Wording", Html.Encode(Or(ReportValues.Label(claim.Wording), "not recorded") + (claim.Absolute ? " (absolute)" : string.Empty)));
        Fact(writer, "Location", Html.Encode(Or(claim.Locator, "not recorded")));
        Fact(writer, "Evidence", Html.Encode(EvidenceCitation.Balance(claim)));
        writer.WriteLine("</dl>");

        var citations = EvidenceCitation.Ordered(claim);
        writer.WriteLine("<div class=\"sides\">");
        Side(writer, "side supports", "Supporting", citations.Where(c => c.IsSupporting).ToList());
        Side(writer, "side against", "Contradicting or mixed", citations.Where(c => c.IsAgainst).ToList());
        writer.WriteLine("</div>");
        var other = citations.Where(c => !c.IsSupporting && !c.IsAgainst).ToList();
        if (other.Count > 0)
        {
            Side(writer, "other", "Cited without supporting or contradicting", other);
        }

        writer.WriteLine("</section>");
    }

    private static void Fact(TextWriter writer, string name, string html) =>
        writer.WriteLine($"<div><dt>{name}</dt><dd>{html}</dd></div>");

    private static void Side(TextWriter writer, string cssClass, string heading, List<EvidenceCitation> citations)
    {
        writer.WriteLine($"<div class=\"{cssClass}\">");
        writer.WriteLine($"<h4>{heading} ({citations.Count})</h4>");
        if (citations.Count == 0)
        {
            writer.WriteLine("<p class=\"none\">None recorded.</p>");
        }

        foreach (var c in citations)
        {
            WriteCitation(writer, c);
        }

        writer.WriteLine("</div>");
    }

    private static void WriteCitation(TextWriter writer, EvidenceCitation c)
    {
        var source = c.View.Source;
        var href = source.Doi?.Url ?? (Html.IsSafeLink(source.Url) ? source.Url : null);
        var label = href is null
            ? Html.Encode(c.SourceLabel)
            : $"<a href=\"{Html.Encode(href)}\">{Html.Encode(c.SourceLabel)}</a>";
        var stanceClass = ReportValues.Name(c.View.Stance) ?? "unspecified";
        writer.WriteLine($"<article class=\"citation stance-{stanceClass}\">");
        writer.WriteLine($"<p class=\"source\">{label}{(c.Retracted ? " <span class=\"retracted\">RETRACTED</span>" : string.Empty)}</p>");
        writer.WriteLine("<dl>");
        Row(writer, "Stance", c.Stance);
        Row(writer, "Design", c.Design);
        Row(writer, "Origin", c.Origin);
        Row(writer, "Grade", c.Grade);
        Row(writer, "Outcome", c.Outcome);
        Row(writer, "Locator", c.Locator);
        Row(writer, "Rationale", c.Rationale);
        Row(writer, "Graded by", c.ByWhen);
        writer.WriteLine("</dl>");
        writer.WriteLine("</article>");
    }

    private static void Row(TextWriter writer, string name, string value)
    {
        if (value.Length > 0)
        {
            writer.WriteLine($"<dt>{name}</dt><dd>{Html.Encode(value)}</dd>");
        }
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
