namespace LitTracker.Analysis.Proposals;

/// <summary>What an import stored.</summary>
/// <param name="ArticleId">The new article's id.</param>
/// <param name="ArticleKey">Its key.</param>
/// <param name="Claims">Suggested claims.</param>
/// <param name="VagueAttributions">Of those, vague attributions.</param>
/// <param name="Markers">In-text citation markers.</param>
/// <param name="References">Printed reference lines.</param>
/// <param name="ResolvedReferences">Of those, resolved to a source.</param>
/// <param name="Citations">Suggested article-origin citations.</param>
/// <param name="Elapsed">Analysis and storage time.</param>
public sealed record ImportResult(int ArticleId, string ArticleKey, int Claims, int VagueAttributions, int Markers, int References, int ResolvedReferences, int Citations, TimeSpan Elapsed);
