using LitTracker.Articles;

namespace LitTracker.Checking;

/// <summary>One article's claims, checked.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Key">Article key.</param>
/// <param name="Title">Article title.</param>
/// <param name="References">The printed reference list with resolved sources loaded.</param>
/// <param name="Claims">Claims in article order.</param>
public sealed record ArticleCheck(
    int Id,
    string Key,
    string Title,
    IReadOnlyList<Reference> References,
    IReadOnlyList<ClaimCheck> Claims);
