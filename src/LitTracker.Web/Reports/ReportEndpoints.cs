using LitTracker.Checking;
using LitTracker.Grading;
using LitTracker.Reports.Bibliography;
using LitTracker.Reports.Evidence;
using LitTracker.Web.Errors;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LitTracker.Web.Reports;

/// <summary><c>/api/reports</c>: the bibliography and the evidence table, written by the same writers as the CLI.</summary>
public static class ReportEndpoints
{
    /// <summary>Styles the service can write; other styles plug in here.</summary>
    public static readonly IReadOnlyList<string> Styles = LitTracker.Reports.Csl.CslStyles.Names;

    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports").WithTags("Reports").RequireReadAccess(routes);
        group.MapGet("/bibliography", BibliographyAsync).WithName("Bibliography")
            .WithSummary("Numbered bibliography of an article or claim (or every article): style=vancouver|nlm|ama|apa, format=txt|md|html, sources=all|article|reviewer.");
        group.MapGet("/evidence", EvidenceAsync).WithName("EvidenceTable")
            .WithSummary("The evidence table to sign off, for one article or all: format=md|html|csv|json.");
        return routes;
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> BibliographyAsync(
        CheckService check, HttpResponse response, CancellationToken ct,
        string? article = null, string? claim = null, string? style = null, string? format = null, string? sources = null)
    {
        var errors = new FieldErrors();
        if (style is not null && !Styles.Contains(style.Trim().ToLowerInvariant()))
        {
            errors.Add("style", $"'{style}' is not one of: {string.Join(", ", Styles)}.");
        }

        var chosenFormat = BibliographyFormat.Txt;
        if (format is not null && !BibliographyFormats.TryParse(format, out chosenFormat))
        {
            errors.Add("format", $"'{format}' is not one of: {string.Join(", ", BibliographyFormats.Names)}.");
        }

        var scope = errors.Word<BibliographyScope>("sources", sources) ?? BibliographyScope.All;
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        IReadOnlyList<BibliographySection> sections = claim is not null
            ? [BibliographyBuilder.ForClaim(await check.CheckClaimAsync(claim, ct).ConfigureAwait(false), scope)]
            : (await check.CheckAsync(article, ct).ConfigureAwait(false)).Articles.Select(a => BibliographyBuilder.ForArticle(a, scope)).ToList();
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BibliographyWriter.Write(text, sections, chosenFormat, style is null ? null : LitTracker.Reports.Csl.CslStyles.Shipped(style.Trim().ToLowerInvariant()));
        return Content(response, text.ToString(), chosenFormat switch
        {
            BibliographyFormat.Html => "text/html",
            BibliographyFormat.Md => "text/markdown",
            _ => "text/plain",
        }, "bibliography." + BibliographyFormats.Extension(chosenFormat));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> EvidenceAsync(
        CheckService check, HttpResponse response, CancellationToken ct, string? article = null, string? format = null)
    {
        var chosen = EvidenceReportFormat.Md;
        if (format is not null && !EvidenceReportWriter.TryParseFormat(format, out chosen))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["format"] = [$"'{format}' is not one of: md, html, csv, json."] });
        }

        var report = await check.CheckAsync(article, ct).ConfigureAwait(false);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        EvidenceReportWriter.Write(text, report, chosen, EvidenceReportOptions.For(report));
        return Content(response, text.ToString(), chosen switch
        {
            EvidenceReportFormat.Html => "text/html",
            EvidenceReportFormat.Csv => "text/csv",
            EvidenceReportFormat.Json => "application/json",
            _ => "text/markdown",
        }, "evidence." + VocabularyNames.Name(chosen));
    }

    private static ContentHttpResult Content(HttpResponse response, string body, string mediaType, string fileName)
    {
        if (mediaType == "text/html")
        {
            response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        }

        if (mediaType is "text/csv")
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        }

        return TypedResults.Text(body, mediaType + "; charset=utf-8");
    }
}
