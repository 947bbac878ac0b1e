namespace LitTracker.Reports.Check;

/// <summary>One claim as a CSV row.</summary>
internal sealed record CheckCsvRow(
    string Article,
    string ClaimKey,
    string ClaimText,
    string Category,
    string Wording,
    string CitedByArticle,
    string BestGrade,
    string Verdict,
    string Flags,
    string Sort);
