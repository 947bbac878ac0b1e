using CsvHelper.Configuration;

namespace LitTracker.Metadata.RetractionWatch;

/// <summary>One CSV row as text; values are parsed afterwards so a bad value becomes an issue, not an exception.</summary>
internal sealed class RetractionWatchRow
{
    public string? RecordId { get; set; }

    public string? Title { get; set; }

    public string? Subject { get; set; }

    public string? Institution { get; set; }

    public string? Journal { get; set; }

    public string? Publisher { get; set; }

    public string? Country { get; set; }

    public string? Author { get; set; }

    public string? Urls { get; set; }

    public string? ArticleType { get; set; }

    public string? RetractionDate { get; set; }

    public string? RetractionDoi { get; set; }

    public string? RetractionPubMedId { get; set; }

    public string? OriginalPaperDate { get; set; }

    public string? OriginalPaperDoi { get; set; }

    public string? OriginalPaperPubMedId { get; set; }

    public string? RetractionNature { get; set; }

    public string? Reason { get; set; }

    public string? Paywalled { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The export's column names; the trailing comma's nameless 21st column is not mapped.</summary>
internal sealed class RetractionWatchRowMap : ClassMap<RetractionWatchRow>
{
    public RetractionWatchRowMap()
    {
        Map(r => r.RecordId).Name("Record ID");
        Map(r => r.Title).Name("Title");
        Map(r => r.Subject).Name("Subject");
        Map(r => r.Institution).Name("Institution");
        Map(r => r.Journal).Name("Journal");
        Map(r => r.Publisher).Name("Publisher");
        Map(r => r.Country).Name("Country");
        Map(r => r.Author).Name("Author");
        Map(r => r.Urls).Name("URLS");
        Map(r => r.ArticleType).Name("ArticleType");
        Map(r => r.RetractionDate).Name("RetractionDate");
        Map(r => r.RetractionDoi).Name("RetractionDOI");
        Map(r => r.RetractionPubMedId).Name("RetractionPubMedID");
        Map(r => r.OriginalPaperDate).Name("OriginalPaperDate");
        Map(r => r.OriginalPaperDoi).Name("OriginalPaperDOI");
        Map(r => r.OriginalPaperPubMedId).Name("OriginalPaperPubMedID");
        Map(r => r.RetractionNature).Name("RetractionNature");
        Map(r => r.Reason).Name("Reason");

        // Older exports lack these two; they are optional so such files still read.
        Map(r => r.Paywalled).Name("Paywalled").Optional();
        Map(r => r.Notes).Name("Notes").Optional();
    }
}
