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
        ClaimQuery claims,
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
        errors.MaxLength("article", article, 200);
        var spec = paging.Validate(errors, ClaimQuery.Sorts);
        var page = spec is null
            ? null
            : await claims.PageAsync(spec, string.IsNullOrWhiteSpace(article) ? null : article.Trim(), category, verdictFilter, flagFilter, errors, ct).ConfigureAwait(false);
        return page is null ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(page);
    }

    public static async Task<Ok<ClaimDetail>> GetAsync(string id, ClaimReader claims, CancellationToken ct) =>
        TypedResults.Ok(await claims.GetAsync(id, ct).ConfigureAwait(false));
}
