using System.Text.Json;
using LitTracker.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Errors;

/// <summary>
/// Turns what the library refuses into ProblemDetails: NotFound → 404, InvalidInput → 400 with the
/// field at fault, Conflict → 409; a malformed body → 400 naming the line and position; a body over
/// the limit → 413; an unreachable database → 503. Anything else stays a 500 without details.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            LitTrackerException ex => Problems.From(ex),
            DbUpdateConcurrencyException => Problems.Conflict("The record was changed by someone else while you were saving. Reload it and apply your change again."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(),
            BadHttpRequestException { InnerException: JsonException json } => Problems.Invalid("body", Problems.Describe(json)),
            BadHttpRequestException bad => Problems.Status(bad.StatusCode, "The request could not be read.", bad.Message),
            DatabaseOpenException ex => Problems.Status(StatusCodes.Status503ServiceUnavailable, "The database is unavailable.", ex.Message),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = result.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = result,
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
