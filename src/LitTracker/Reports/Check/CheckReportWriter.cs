using LitTracker.Checking;

namespace LitTracker.Reports.Check;

/// <summary>Writes a <see cref="CheckReport"/> in a chosen file format.</summary>
public static class CheckReportWriter
{
    /// <summary>Parses <c>json</c>, <c>csv</c> or <c>md</c> (case-insensitive; <c>markdown</c> also accepted).</summary>
    public static bool TryParseFormat(string? text, out CheckReportFormat format)
    {
        format = text?.Trim().ToUpperInvariant() switch
        {
            "JSON" => CheckReportFormat.Json,
            "CSV" => CheckReportFormat.Csv,
            "MD" or "MARKDOWN" => CheckReportFormat.Md,
            _ => CheckReportFormat.Unspecified,
        };
        return format != CheckReportFormat.Unspecified;
    }

    /// <summary>Writes the report; throws for <see cref="CheckReportFormat.Unspecified"/>.</summary>
    public static void Write(TextWriter writer, CheckReport report, CheckReportFormat format)
    {
        switch (format)
        {
            case CheckReportFormat.Json:
                CheckJsonWriter.Write(writer, report);
                break;
            case CheckReportFormat.Csv:
                CheckCsvWriter.Write(writer, report);
                break;
            case CheckReportFormat.Md:
                CheckMarkdownWriter.Write(writer, report);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Choose json, csv or md.");
        }
    }
}
