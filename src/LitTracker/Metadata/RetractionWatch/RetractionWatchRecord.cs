using LitTracker.Sources;

namespace LitTracker.Metadata.RetractionWatch;

/// <summary>
/// One row of the Retraction Watch export, parsed: lists split on ';', reasons without their
/// leading '+', "unavailable"/blank DOIs and PMID 0 as null, DOIs canonical (lower case).
/// </summary>
public sealed record RetractionWatchRecord
{
    /// <summary>Retraction Watch's own record id (Crossref's <c>record-id</c>).</summary>
    public required int RecordId { get; init; }

    /// <summary>1-based line of the row in the file (its last line, if a quoted field spans several).</summary>
    public int Line { get; init; }

    /// <summary>Title of the original paper.</summary>
    public string? Title { get; init; }

    /// <summary>Subject codes, e.g. "(BLS) Biology - Cellular".</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Institutions of the authors.</summary>
    public IReadOnlyList<string> Institutions { get; init; } = [];

    /// <summary>Journal name.</summary>
    public string? Journal { get; init; }

    /// <summary>Publisher name.</summary>
    public string? Publisher { get; init; }

    /// <summary>Countries of the authors.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Author names as written ("Haiyan Zhang").</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Links to Retraction Watch posts and other coverage.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Article types, e.g. "Research Article".</summary>
    public IReadOnlyList<string> ArticleTypes { get; init; } = [];

    /// <summary>Date of the notice.</summary>
    public DateOnly? RetractionDate { get; init; }

    /// <summary>DOI of the notice; null when blank or "unavailable".</summary>
    public Doi? RetractionDoi { get; init; }

    /// <summary>PMID of the notice; null when blank or 0.</summary>
    public Pmid? RetractionPmid { get; init; }

    /// <summary>Publication date of the original paper.</summary>
    public DateOnly? OriginalPaperDate { get; init; }

    /// <summary>DOI of the original paper; null when blank or "unavailable".</summary>
    public Doi? OriginalPaperDoi { get; init; }

    /// <summary>PMID of the original paper; null when blank or 0.</summary>
    public Pmid? OriginalPaperPmid { get; init; }

    /// <summary>RetractionNature mapped to a notice type (<see cref="NoticeType.Unspecified"/> when unknown).</summary>
    public NoticeType Nature { get; init; }

    /// <summary>RetractionNature as written.</summary>
    public string? NatureText { get; init; }

    /// <summary>Reasons without their leading '+', e.g. "Paper Mill".</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Whether the notice is paywalled; null when not stated.</summary>
    public bool? Paywalled { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// The notice this row records, for the original paper. When the notice reuses the paper's own
    /// DOI (about one row in five), the notice gets no DOI of its own rather than the paper's.
    /// </summary>
    public Notice ToNotice() => new()
    {
        Type = Nature,
        Date = RetractionDate,
        NoticeDoi = RetractionDoi == OriginalPaperDoi ? null : RetractionDoi,
        Origin = NoticeOrigins.RetractionWatch,
        Reason = Reasons.Count == 0 ? null : string.Join("; ", Reasons),
    };
}
