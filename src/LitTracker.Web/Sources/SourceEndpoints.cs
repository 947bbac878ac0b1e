using LitTracker.Sources;
using LitTracker.Web.Errors;
using LitTracker.Web.Http;
using LitTracker.Web.Paging;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LitTracker.Web.Sources;

/// <summary><c>/api/sources</c>: the source library.</summary>
public static class SourceEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var reads = routes.MapGroup("/api/sources").WithTags("Sources").RequireReadAccess(routes);
        reads.MapGet("/", ListAsync).WithName("ListSources")
            .WithSummary("List sources: search in key, title, journal, authors and DOI; filter by type, design, population, retracted; page and sort (key, title, year).");
        reads.MapGet("/{id}", GetAsync).WithName("GetSource").WithSummary("One source by id, key, DOI or pmid:N, with notices and field provenance.");

        var writes = routes.MapGroup("/api/sources").WithTags("Sources").RequireWriteKey();
        writes.MapPost("/", CreateAsync).WithName("CreateSource").WithSummary("Add a source (API key). Refuses a DOI, PMID or key already stored (409).");
        writes.MapPut("/{id}", UpdateAsync).WithName("UpdateSource")
            .WithSummary("Replace a source's editable fields (API key). Send If-Match with the ETag you read: a stale one gets 409 with the current state.");
        return routes;
    }

    public static async Task<Results<Ok<Paged<SourceSummary>>, ValidationProblem>> ListAsync(
        [AsParameters] PageRequest paging,
        SourceQuery sources,
        CancellationToken ct,
        string? search = null,
        string? type = null,
        string? design = null,
        string? population = null,
        bool? retracted = null)
    {
        var errors = new FieldErrors();
        errors.MaxLength("search", search, 200);
        var typeFilter = errors.Word<SourceType>("type", type);
        var designFilter = errors.Word<StudyDesign>("design", design);
        var populationFilter = errors.Word<Population>("population", population);

        // Paging is checked with the filters, so the caller hears about every bad field at once.
        var spec = paging.Validate(errors, SourceQuery.Sorts);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await sources.PageAsync(spec, search, typeFilter, designFilter, populationFilter, retracted, ct).ConfigureAwait(false));
    }

    public static async Task<Ok<SourceDetail>> GetAsync(string id, SourceService sources, HttpResponse response, CancellationToken ct)
    {
        var detail = SourceResponses.Detail(await sources.GetAsync(id, ct).ConfigureAwait(false));
        response.Headers.ETag = ETags.ForContent(detail);
        return TypedResults.Ok(detail);
    }

    public static async Task<Results<Created<SourceDetail>, ValidationProblem>> CreateAsync(SourceRequest request, SourceService sources, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var draft = request.ToDraft(errors);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var created = await sources.AddAsync(draft, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/sources/{created.Key}", SourceResponses.Detail(created));
    }

    public static async Task<Results<Ok<SourceDetail>, ValidationProblem, Conflict<ProblemDetails>>> UpdateAsync(
        string id, SourceRequest request, SourceService sources, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var draft = request.ToDraft(errors);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var current = SourceResponses.Detail(await sources.GetAsync(id, ct).ConfigureAwait(false));
        if (!ETags.Matches(context.Request, ETags.ForContent(current)))
        {
            var problem = Problems.Conflict("The source was changed since you read it. Reload it (the current state is in 'current') and apply your change again.");
            problem.Extensions["current"] = current;
            return TypedResults.Conflict(problem);
        }

        var updated = SourceResponses.Detail(await sources.UpdateAsync(id, draft, ct).ConfigureAwait(false));
        context.Response.Headers.ETag = ETags.ForContent(updated);
        return TypedResults.Ok(updated);
    }
}
