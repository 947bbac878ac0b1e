using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Web.Claims;
using LitTracker.Web.Errors;
using LitTracker.Web.Paging;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LitTracker.Web.Articles;

/// <summary><c>/api/articles</c>: articles, their references and claims, and their check.</summary>
public static class ArticleEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles").RequireReadAccess(routes);
        group.MapGet("/", ListAsync).WithName("ListArticles").WithSummary("List articles with claim counts per verdict; page and sort (key, title, published).");
        group.MapGet("/{id}", GetAsync).WithName("GetArticle").WithSummary("One article (id or key) with its printed references and its checked claims.");
        group.MapGet("/{id}/check", CheckAsync).WithName("CheckArticle")
            .WithSummary("Verdicts, flags and SORT per claim; failOn=uncited,unsourced,… lists the claims that would fail a publishing gate.");
        return routes;
    }

    public static async Task<Results<Ok<Paged<ArticleListItem>>, ValidationProblem>> ListAsync(
        [AsParameters] PageRequest paging, ArticleQuery articles, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var spec = paging.Validate(errors, ArticleQuery.Sorts);
        return spec is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await articles.PageAsync(spec, ct).ConfigureAwait(false));
    }

    public static async Task<Ok<ArticleDetail>> GetAsync(string id, ArticleService articles, CheckService check, CancellationToken ct)
    {
        var article = await articles.GetAsync(id, ct).ConfigureAwait(false);
        var checkedArticle = (await check.CheckAsync(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false)).Articles.Single();
        return TypedResults.Ok(ArticleResponses.Detail(article, checkedArticle));
    }

    public static async Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(string id, CheckService check, CancellationToken ct, string? failOn = null)
    {
        FailOn conditions;
        try
        {
            conditions = FailOn.Parse(failOn);
        }
        catch (LitTrackerException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["failOn"] = [ex.Message.Replace("--fail-on", "failOn", StringComparison.Ordinal)] });
        }

        var article = await check.CheckVerdictsAsync(id, ct).ConfigureAwait(false);
        return TypedResults.Ok(new CheckResponse(
            article.Key,
            article.Title,
            ArticleResponses.VerdictCounts(article.Claims),
            ArticleResponses.FlagCounts(article.Claims),
            article.Claims.Select(c => ClaimResponses.Summary(article.Key, c)).ToList(),
            conditions.Conditions.Order(StringComparer.Ordinal).ToList(),
            article.Claims.Where(c => conditions.Matches(c.Assessment).Count > 0).Select(c => c.Key).ToList()));
    }
}
