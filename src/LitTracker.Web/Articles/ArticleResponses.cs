using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Grading;
using LitTracker.Web.Claims;

namespace LitTracker.Web.Articles;

/// <summary>An article in a list, with its claims counted per verdict.</summary>
public sealed record ArticleListItem(int Id, string Key, string Title, string? Site, DateOnly? PublishedOn, int Claims, int References, int UnresolvedReferences, IReadOnlyDictionary<string, int> Verdicts);

/// <summary>One entry of the printed reference list.</summary>
public sealed record ReferenceResponse(int Position, string Text, string? Source, string? UnresolvedReason, int? RepeatOf);

/// <summary>An article with its printed references and its claims (checked).</summary>
public sealed record ArticleDetail(
    int Id,
    string Key,
    string Title,
    string? Site,
    string? Author,
    string? Url,
    DateOnly? PublishedOn,
    DateOnly? ModifiedOn,
    bool HasBody,
    IReadOnlyList<ReferenceResponse> References,
    IReadOnlyList<ClaimSummary> Claims);

/// <summary>The check of one article: counts per verdict and flag, the claims, and those matching <c>failOn</c>.</summary>
public sealed record CheckResponse(
    string Article,
    string Title,
    IReadOnlyDictionary<string, int> Verdicts,
    IReadOnlyDictionary<string, int> Flags,
    IReadOnlyList<ClaimSummary> Claims,
    IReadOnlyList<string> FailOn,
    IReadOnlyList<string> Failing);

/// <summary>Maps articles to the records the API returns.</summary>
public static class ArticleResponses
{
    /// <summary>Claims per verdict, every verdict present (zero when none), in severity order.</summary>
    public static IReadOnlyDictionary<string, int> VerdictCounts(IEnumerable<ClaimCheck> claims)
    {
        var counts = VocabularyNames.Names<Verdict>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            counts[VocabularyNames.Name(claim.Assessment.Verdict)]++;
        }

        return counts;
    }

    /// <summary>Claims per flag, only flags that occur.</summary>
    public static IReadOnlyDictionary<string, int> FlagCounts(IEnumerable<ClaimCheck> claims) =>
        claims.SelectMany(c => VocabularyNames.FlagNames(c.Assessment.Flags))
            .GroupBy(f => f, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The detail of an article and its check.</summary>
    public static ArticleDetail Detail(Article article, ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(check);
        return new ArticleDetail(
            article.Id, article.Key, article.Title, article.Site, article.Author, article.Url, article.PublishedOn, article.ModifiedOn,
            !string.IsNullOrEmpty(article.Body),
            article.References.OrderBy(r => r.Position).Select(r => new ReferenceResponse(r.Position, r.Text, r.Source?.Key, r.UnresolvedReason, r.RepeatOf)).ToList(),
            check.Claims.Select(c => ClaimResponses.Summary(check.Key, c)).ToList());
    }
}
