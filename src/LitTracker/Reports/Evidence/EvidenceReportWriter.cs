using LitTracker.Checking;

namespace LitTracker.Reports.Evidence;

/// <summary>
/// Writes the evidence table a reviewer signs off: per article, per claim, the verdict and every
/// citation with stance, design, grade and rationale, contradicting sources as visible as supporting ones.
/// </summary>
public static class EvidenceReportWriter
{
    /// <summary>Parses <c>md</c>, <c>html</c>, <c>csv</c> or <c>json</c> (case-insensitive).</summary>
    public static bool TryParseFormat(string? text, out EvidenceReportFormat format)
    {
        format = text?.Trim().ToUpperInvariant() switch
        {
            "MD" or "MARKDOWN" => EvidenceReportFormat.Md,
            "HTML" or "HTM" => EvidenceReportFormat.Html,
            "CSV" => EvidenceReportFormat.Csv,
            "JSON" => EvidenceReportFormat.Json,
            _ => EvidenceReportFormat.Unspecified,
        };
        return format != EvidenceReportFormat.Unspecified;
    }

    /// <summary>Writes the report; throws for <see cref="EvidenceReportFormat.Unspecified"/>.</summary>
    public static void Write(TextWriter writer, CheckReport report, EvidenceReportFormat format, EvidenceReportOptions? options = null)
    {
        options ??= EvidenceReportOptions.Default;
        switch (format)
        {
            case EvidenceReportFormat.Md:
                EvidenceMarkdownWriter.Write(writer, report, options);
                break;
            case EvidenceReportFormat.Html:
                EvidenceHtmlWriter.Write(writer, report, options);
                break;
            case EvidenceReportFormat.Csv:
                EvidenceCsvWriter.Write(writer, report);
                break;
            case EvidenceReportFormat.Json:
                EvidenceJsonWriter.Write(writer, report, options);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Choose md, html, csv or json.");
        }
    }
}
