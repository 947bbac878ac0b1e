using LitTracker.Grading;
using LitTracker.Web.Errors;
using LitTracker.Web.Paging;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LitTracker.Web.Claims;

/// <summary><c>/api/claims</c>: claims with their verdicts, citations and history.</summary>
public static class ClaimEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/claims").WithTags("Claims").RequireReadAccess(routes);
        group.MapGet("/", ListAsync).WithName("ListClaims")
            .WithSummary("List claims with their verdicts; filter by article, verdict, category and flag; page and sort (position, key, verdict, category).");
        group.MapGet("/{id}", GetAsync).WithName("GetClaim").WithSummary("One claim (id or key) with its citations, stances, grades and history.");
        return routes;
    }

    public static async Task<Results<Ok<Paged<ClaimSummary>>, ValidationProblem>> ListAsync(
        [AsParameters] PageRequest paging,
        ClaimReader claims,
        CancellationToken ct,
        string? article = null,
        string? verdict = null,
        string? category = null,
        string? flag = null)
    {
        var errors = new FieldErrors();
        var verdictFilter = errors.Word<Verdict>("verdict", verdict);
        var flagFilter = errors.Word<ClaimFlags>("flag", flag);
        errors.MaxLength("category", category, 100);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var all = await claims.ListAsync(string.IsNullOrWhiteSpace(article) ? null : article, ct).ConfigureAwait(false);
        var position = 0;
        var rows = all
            .Select(x => (Position: position++, Summary: ClaimResponses.Summary(x.Article.Key, x.Claim), x.Claim.Assessment))
            .Where(x => (verdictFilter is null || x.Assessment.Verdict == verdictFilter)
                && (flagFilter is null || x.Assessment.Flags.HasFlag(flagFilter.Value))
                && (category is null || string.Equals(x.Summary.Category, category, StringComparison.Ordinal)))
            .ToList();
        var page = paging.Apply(
            rows, errors, ("position", x => x.Position), ("key", x => x.Summary.Key), ("verdict", x => x.Summary.Verdict), ("category", x => x.Summary.Category));
        return page is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(new Paged<ClaimSummary>(page.Items.Select(x => x.Summary).ToList(), page.Page, page.PageSize, page.Total, page.Sort));
    }

    public static async Task<Ok<ClaimDetail>> GetAsync(string id, ClaimReader claims, CancellationToken ct) =>
        TypedResults.Ok(await claims.GetAsync(id, ct).ConfigureAwait(false));
}
