using LitTracker.Sources;

namespace LitTracker.Metadata.Crossref;

/// <summary>
/// Crossref's controlled values: work types (<c>/types</c>) and Crossmark update types
/// (<c>updated-by[].type</c>, <c>update-to[].type</c>).
/// </summary>
public static class CrossrefVocabulary
{
    /// <summary>
    /// The source type of a Crossref work type. Conference papers, datasets, dissertations and
    /// other types without a bibliography layout of their own map to <see cref="SourceType.Other"/>.
    /// </summary>
    public static SourceType SourceTypeFor(string? crossrefType) => crossrefType?.Trim().ToLowerInvariant() switch
    {
        null or "" => SourceType.Unspecified,
        "journal-article" => SourceType.JournalArticle,
        "posted-content" => SourceType.Preprint,
        "book-chapter" or "book-section" or "book-part" or "book-track" or "reference-entry" => SourceType.BookChapter,
        "book" or "monograph" or "edited-book" or "reference-book" or "book-set" or "book-series" => SourceType.Book,
        "report" or "report-component" or "report-series" or "standard" or "standard-series" => SourceType.Report,
        _ => SourceType.Other,
    };

    /// <summary>
    /// The notice type of a Crossmark update type, or null when the update is not an editorial
    /// notice (<c>new_version</c>, <c>new_edition</c>) or is unknown. Spelling variants
    /// (<c>expression-of-concern</c>, <c>Expression of concern</c>) are accepted.
    /// </summary>
    /// <remarks>
    /// Only <c>retraction</c>, <c>withdrawal</c> and <c>removal</c> (Elsevier's "article removed")
    /// make a work retracted. A <c>partial_retraction</c> leaves the work standing in part, so it
    /// is kept as a correction with its original type in the reason; so are addenda and clarifications.
    /// </remarks>
    public static NoticeType? NoticeTypeFor(string? updateType) => Normalise(updateType) switch
    {
        "retraction" => NoticeType.Retraction,
        "withdrawal" or "removal" => NoticeType.Withdrawal,
        "expression_of_concern" => NoticeType.ExpressionOfConcern,
        "correction" or "corrigendum" or "erratum" or "partial_retraction" or "addendum" or "clarification" => NoticeType.Correction,
        "reinstatement" => NoticeType.Reinstatement,
        _ => null,
    };

    /// <summary>True for update types that are known and deliberately not notices (new versions and editions).</summary>
    public static bool IsVersionUpdate(string? updateType) => Normalise(updateType) is "new_version" or "new_edition";

    /// <summary>True when the mapped notice type loses detail the reason should keep.</summary>
    internal static bool NeedsReason(string? updateType) => Normalise(updateType) is "partial_retraction" or "addendum" or "clarification" or "removal";

    private static string? Normalise(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
