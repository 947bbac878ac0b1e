namespace LitTracker.Articles;

/// <summary>An article in a list.</summary>
/// <param name="Id">Id.</param>
/// <param name="Key">Key.</param>
/// <param name="Title">Title.</param>
/// <param name="Site">Site.</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="Claims">Number of claims.</param>
/// <param name="References">Number of printed references.</param>
/// <param name="UnresolvedReferences">How many of them nobody could identify.</param>
public sealed record ArticleSummary(int Id, string Key, string Title, string? Site, DateOnly? PublishedOn, int Claims, int References, int UnresolvedReferences);
