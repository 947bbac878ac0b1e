using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Metadata.RetractionWatch;

/// <summary>Parses the text values of one row into a <see cref="RetractionWatchRecord"/>.</summary>
internal static class RetractionWatchValues
{
    public static RetractionWatchRecord? ToRecord(RetractionWatchRow row, int line, ICollection<MetadataIssue> issues)
    {
        if (!int.TryParse(row.RecordId?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var recordId))
        {
            issues.Add(new MetadataIssue($"\"{RetractionWatchReader.Excerpt(row.RecordId)}\" is not a record id (a whole number); the row was skipped.", line, Field: "Record ID"));
            return null;
        }

        var nature = RetractionWatchReader.NoticeTypeFor(row.RetractionNature);
        if (nature is null)
        {
            issues.Add(new MetadataIssue($"Unknown RetractionNature \"{row.RetractionNature}\"; the notice type was left unspecified. Review record {recordId} by hand.", line, Field: "RetractionNature"));
        }

        return new RetractionWatchRecord
        {
            RecordId = recordId,
            Line = line,
            Title = Text(row.Title),
            Subjects = List(row.Subject),
            Institutions = List(row.Institution),
            Journal = Text(row.Journal),
            Publisher = Text(row.Publisher),
            Countries = List(row.Country),
            Authors = List(row.Author),
            Urls = List(row.Urls),
            ArticleTypes = List(row.ArticleType),
            RetractionDate = RetractionWatchReader.Date(row.RetractionDate, "RetractionDate", line, issues),
            RetractionDoi = DoiOf(row.RetractionDoi, "RetractionDOI", line, issues),
            RetractionPmid = PmidOf(row.RetractionPubMedId, "RetractionPubMedID", line, issues),
            OriginalPaperDate = RetractionWatchReader.Date(row.OriginalPaperDate, "OriginalPaperDate", line, issues),
            OriginalPaperDoi = DoiOf(row.OriginalPaperDoi, "OriginalPaperDOI", line, issues),
            OriginalPaperPmid = PmidOf(row.OriginalPaperPubMedId, "OriginalPaperPubMedID", line, issues),
            Nature = nature ?? NoticeType.Unspecified,
            NatureText = Text(row.RetractionNature),
            Reasons = [.. List(row.Reason).Select(r => r.TrimStart('+').Trim()).Where(r => r.Length > 0)],
            Paywalled = Text(row.Paywalled)?.ToUpperInvariant() switch
            {
                "YES" => true,
                "NO" => false,
                _ => null,
            },
            Notes = Text(row.Notes),
        };
    }

    /// <summary>A Retraction Watch DOI cell: blank and "unavailable" are "none"; anything else must parse.</summary>
    public static Doi? DoiOf(string? text, string field, int line, ICollection<MetadataIssue> issues)
    {
        var s = Text(text);
        if (s is null || s.Equals("unavailable", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Doi.TryParse(s, out var doi))
        {
            return doi;
        }

        issues.Add(new MetadataIssue($"\"{RetractionWatchReader.Excerpt(s)}\" is not a DOI; it was left empty.", line, Field: field));
        return null;
    }

    private static Pmid? PmidOf(string? text, string field, int line, ICollection<MetadataIssue> issues)
    {
        var s = Text(text);
        if (s is null || s.Trim('0').Length == 0)
        {
            return null;
        }

        if (Pmid.TryParse(s, out var pmid))
        {
            return pmid;
        }

        issues.Add(new MetadataIssue($"\"{RetractionWatchReader.Excerpt(s)}\" is not a PMID; it was left empty.", line, Field: field));
        return null;
    }

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> List(string? s) =>
        string.IsNullOrWhiteSpace(s) ? [] : [.. s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
