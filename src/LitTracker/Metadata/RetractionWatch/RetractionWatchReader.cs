using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Sources;

namespace LitTracker.Metadata.RetractionWatch;

/// <summary>
/// Streams the Retraction Watch CSV export exactly as published: 20 named columns and a trailing
/// comma, US dates "8/16/2023 0:00", ';'-joined lists, "+Reason;" reasons, "unavailable" DOIs,
/// PMID 0, DOIs in any case. Rows are yielded one at a time (the export has 60k+); every problem
/// is added to the caller's issue list with its line, and a bad value never loses the rest of the row.
/// </summary>
public static class RetractionWatchReader
{
    private static readonly string[] DateFormats = ["M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Reads records from <paramref name="reader"/>, adding problems to <paramref name="issues"/> as it goes.</summary>
    public static IEnumerable<RetractionWatchRecord> Read(TextReader reader, ICollection<MetadataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(issues);
        return ReadIterator(reader, issues);
    }

    /// <summary>The notice type of a RetractionNature value; null when unknown.</summary>
    public static NoticeType? NoticeTypeFor(string? nature) => nature?.Trim().ToUpperInvariant() switch
    {
        "RETRACTION" => NoticeType.Retraction,
        "CORRECTION" => NoticeType.Correction,
        "EXPRESSION OF CONCERN" => NoticeType.ExpressionOfConcern,
        "REINSTATEMENT" => NoticeType.Reinstatement,
        "WITHDRAWAL" => NoticeType.Withdrawal,
        _ => null,
    };

    private static IEnumerable<RetractionWatchRecord> ReadIterator(TextReader reader, ICollection<MetadataIssue> issues)
    {
        var badRows = new HashSet<long>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            PrepareHeaderForMatch = args => args.Header.Trim(),
            BadDataFound = args => issues.Add(new MetadataIssue(
                $"Malformed quoting near \"{Excerpt(args.Field)}\"; the row was read as well as possible. Check it in the file.",
                args.Context.Parser?.RawRow is int l ? l : null)),
            MissingFieldFound = args =>
            {
                if (args.Context.Parser is { } parser && badRows.Add(parser.RawRow))
                {
                    issues.Add(new MetadataIssue(
                        $"The row has {parser.Count} fields; the export has 20 (plus a trailing comma). The row was skipped: re-download the export if many rows are short.",
                        parser.RawRow, Field: args.HeaderNames?.FirstOrDefault()));
                }
            },
            HeaderValidated = args =>
            {
                if (args.InvalidHeaders.Length > 0)
                {
                    var missing = string.Join(", ", args.InvalidHeaders.Select(h => h.Names.FirstOrDefault()));
                    issues.Add(new MetadataIssue($"This is not a Retraction Watch export: the header lacks {missing}. Use the CSV from gitlab.com/crossref/retraction-watch-data.", 1));
                    badRows.Add(-1);
                }
            },
        };

        using var csv = new CsvReader(reader, config);
        csv.Context.RegisterClassMap<RetractionWatchRowMap>();
        if (!csv.Read())
        {
            issues.Add(new MetadataIssue("The file is empty: expected the Retraction Watch header line."));
            yield break;
        }

        csv.ReadHeader();
        csv.ValidateHeader<RetractionWatchRow>();
        if (badRows.Contains(-1))
        {
            yield break;
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var row = csv.GetRecord<RetractionWatchRow>();
            if (row is null || badRows.Contains(line))
            {
                continue;
            }

            if (IsBlank(row))
            {
                continue;
            }

            if (RetractionWatchValues.ToRecord(row, line, issues) is { } record)
            {
                yield return record;
            }
        }
    }

    private static bool IsBlank(RetractionWatchRow row) =>
        string.IsNullOrWhiteSpace(row.RecordId) && string.IsNullOrWhiteSpace(row.Title) && string.IsNullOrWhiteSpace(row.OriginalPaperDoi);

    internal static DateOnly? Date(string? text, string field, int line, ICollection<MetadataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return DateOnly.FromDateTime(value);
        }

        issues.Add(new MetadataIssue($"\"{Excerpt(text)}\" is not a date (expected M/D/YYYY H:MM, e.g. 8/16/2023 0:00); the date was left empty.", line, Field: field));
        return null;
    }

    internal static string Excerpt(string? text) =>
        text is null ? string.Empty : text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
