using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Grading;

namespace LitTracker.Web.Claims;

/// <summary>A claim with its computed verdict, flags and SORT strength.</summary>
public sealed record ClaimSummary(
    int Id,
    string Key,
    string Article,
    string Text,
    string? Locator,
    string Category,
    string CategoryLabel,
    string Wording,
    bool Absolute,
    string Verdict,
    IReadOnlyList<string> Flags,
    string? BestSupportingGrade,
    string Sort,
    bool CitedByArticle,
    int Citations);

/// <summary>The source a citation names, briefly.</summary>
public sealed record CitedSource(int Id, string Key, string Title, int? Year, string Design, bool Retracted);

/// <summary>A citation: stance, grade, locator and rationale, with who changed it last and its version (also its ETag).</summary>
public sealed record CitationResponse(
    int Id,
    int ClaimId,
    CitedSource Source,
    string Origin,
    string Stance,
    string Grade,
    string Outcome,
    string? Locator,
    string? Rationale,
    string By,
    DateTime At,
    int Version);

/// <summary>One entry of a claim's citation history.</summary>
public sealed record HistoryResponse(int CitationId, string Change, string SourceKey, string SourceTitle, string Origin, string Stance, string Grade, string? Locator, string? Rationale, string By, DateTime At);

/// <summary>A claim with its citations and their history.</summary>
public sealed record ClaimDetail(ClaimSummary Claim, IReadOnlyList<CitationResponse> Citations, IReadOnlyList<HistoryResponse> History);

/// <summary>Maps checked claims to the records the API returns.</summary>
public static class ClaimResponses
{
    /// <summary>The summary of a checked claim.</summary>
    public static ClaimSummary Summary(string article, ClaimCheck c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var a = c.Assessment;
        return new ClaimSummary(
            c.Id, c.Key, article, c.Text, c.Locator, c.Category, c.CategoryLabel, VocabularyNames.Name(c.Wording), c.Absolute,
            VocabularyNames.Name(a.Verdict), VocabularyNames.FlagNames(a.Flags),
            a.BestSupportingGrade == Certainty.Unspecified ? null : VocabularyNames.Name(a.BestSupportingGrade),
            a.Sort.ToString(), a.CitedByArticle, c.Citations.Count);
    }

    /// <summary>A citation as the check shows it, with its version from <paramref name="versions"/>.</summary>
    public static CitationResponse Citation(int claimId, CitationView v, IReadOnlyDictionary<int, int> versions)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(versions);
        var s = v.Source;
        return new CitationResponse(
            v.Id, claimId, new CitedSource(s.Id, s.Key, s.Title, s.Year, VocabularyNames.Name(s.Design), s.IsRetracted),
            VocabularyNames.Name(v.Origin), VocabularyNames.Name(v.Stance), VocabularyNames.Name(v.Grade), VocabularyNames.Name(v.Outcome),
            v.Locator, v.Rationale, v.By, v.At, versions.TryGetValue(v.Id, out var version) ? version : 0);
    }

    /// <summary>A history entry.</summary>
    public static HistoryResponse History(HistoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var h = e.Change;
        return new HistoryResponse(h.CitationId, VocabularyNames.Name(h.Kind), e.SourceKey, e.SourceTitle, VocabularyNames.Name(h.Origin),
            VocabularyNames.Name(h.Stance), VocabularyNames.Name(h.Grade), h.Locator, h.Rationale, h.By, h.At);
    }
}
