namespace LitTracker.Checking;

/// <summary>The check of one or more articles: every claim with its verdict, flags and citations.</summary>
/// <param name="Articles">Articles in key order.</param>
public sealed record CheckReport(IReadOnlyList<ArticleCheck> Articles);
