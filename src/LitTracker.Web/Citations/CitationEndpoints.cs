using System.Security.Claims;
using LitTracker.Web.Claims;
using LitTracker.Web.Errors;
using LitTracker.Web.Http;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LitTracker.Web.Citations;

/// <summary>
/// <c>/api/citations</c>: create, read, change and delete citations. Every change is recorded with
/// the API key's name and the time. Changes and deletions must name the version they were based on
/// (<c>If-Match: "N"</c> or <c>version</c>); a stale one gets 409 with the current state.
/// </summary>
public static class CitationEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/citations").WithTags("Citations").RequireReadAccess(routes)
            .MapGet("/{id:int}", GetAsync).WithName("GetCitation").WithSummary("One citation; its ETag is its version.");
        var writes = routes.MapGroup("/api/citations").WithTags("Citations").RequireWriteKey();
        writes.MapPost("/", CreateAsync).WithName("CreateCitation")
            .WithSummary("Cite a source for a claim (API key). 409 with the current state when that claim already cites that source with that origin: change it instead.");
        writes.MapPut("/{id:int}", ChangeAsync).WithName("ChangeCitation")
            .WithSummary("Change stance, grade, outcome, locator or rationale (API key; If-Match or version required, 428 without, 409 when stale).");
        writes.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteCitation")
            .WithSummary("Delete a citation, keeping it in the history (API key; If-Match or ?version= required).");
        return routes;
    }

    public static async Task<Results<Ok<CitationResponse>, NotFound<ProblemDetails>>> GetAsync(int id, CitationEditor editor, HttpResponse response, CancellationToken ct)
    {
        var citation = await editor.FindAsync(id, ct).ConfigureAwait(false);
        if (citation is null)
        {
            return TypedResults.NotFound(Problems.Status(StatusCodes.Status404NotFound, "Not found.", $"No citation with id {id}."));
        }

        response.Headers.ETag = ETags.ForVersion(citation.Version);
        return TypedResults.Ok(citation);
    }

    public static async Task<Results<Created<CitationWriteResponse>, ValidationProblem, Conflict<ProblemDetails>>> CreateAsync(
        CitationCreateRequest request, CitationEditor editor, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cite = request.ToRequest(Who(user), errors);
        if (cite is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await editor.FindSameAsync(cite, ct).ConfigureAwait(false) is { } existing)
        {
            return Stale(existing, $"Claim already cites this source (citation {existing.Id}, version {existing.Version}). Change it with PUT /api/citations/{existing.Id} and If-Match: \"{existing.Version}\".");
        }

        var written = await editor.WriteAsync(cite, ct).ConfigureAwait(false);
        response.Headers.ETag = ETags.ForVersion(written.Result.Citation.Version);
        return TypedResults.Created($"/api/citations/{written.Result.Citation.Id}", written);
    }

    public static async Task<Results<Ok<CitationWriteResponse>, ValidationProblem, Conflict<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult>> ChangeAsync(
        int id, CitationChangeRequest change, CitationEditor editor, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var current = await editor.FindAsync(id, ct).ConfigureAwait(false);
        if (current is null)
        {
            return TypedResults.NotFound(Problems.Status(StatusCodes.Status404NotFound, "Not found.", $"No citation with id {id}."));
        }

        if (Precondition(context.Request, change.Version) is not { } version)
        {
            return PreconditionRequired();
        }

        if (version != current.Version)
        {
            return Stale(current, $"Citation {id} is at version {current.Version} (changed by {current.By}), you sent {version}. Reload it and apply your change again.");
        }

        var errors = new FieldErrors();
        var request = await editor.ChangeRequestAsync(id, change, Who(user), version, errors, ct).ConfigureAwait(false);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        try
        {
            var written = await editor.WriteAsync(request, ct).ConfigureAwait(false);
            context.Response.Headers.ETag = ETags.ForVersion(written.Result.Citation.Version);
            return TypedResults.Ok(written);
        }
        catch (Exception ex) when (ex is LitTrackerException { Kind: ErrorKind.Conflict } or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            var now = await editor.FindAsync(id, ct).ConfigureAwait(false) ?? current;
            return Stale(now, $"Citation {id} was changed by {now.By} while you were saving. Reload it and apply your change again.");
        }
    }

    public static async Task<Results<NoContent, Conflict<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult>> DeleteAsync(
        int id, CitationEditor editor, ClaimsPrincipal user, HttpContext context, CancellationToken ct, int? version = null)
    {
        var current = await editor.FindAsync(id, ct).ConfigureAwait(false);
        if (current is null)
        {
            return TypedResults.NotFound(Problems.Status(StatusCodes.Status404NotFound, "Not found.", $"No citation with id {id}."));
        }

        if (Precondition(context.Request, version) is not { } expected)
        {
            return PreconditionRequired();
        }

        if (expected != current.Version)
        {
            return Stale(current, $"Citation {id} is at version {current.Version}, you sent {expected}. Reload it first.");
        }

        await editor.DeleteAsync(id, Who(user), expected, ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static string Who(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("Write endpoints run only for an authenticated key.");

    // The version from If-Match wins over the body's; without either the write is refused.
    private static int? Precondition(HttpRequest request, int? bodyVersion) =>
        ETags.TryVersion(request, out var header) && header is not null ? header : bodyVersion;

    private static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "Say which version you are changing.",
        detail: "Send If-Match: \"N\" (the ETag of GET /api/citations/{id}) or \"version\": N, so a change made by someone else in the meantime is not overwritten.");

    private static Conflict<ProblemDetails> Stale(CitationResponse current, string detail)
    {
        var problem = Problems.Conflict(detail);
        problem.Extensions["current"] = current;
        return TypedResults.Conflict(problem);
    }
}
