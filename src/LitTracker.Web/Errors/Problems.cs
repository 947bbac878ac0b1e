using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace LitTracker.Web.Errors;

/// <summary>The ProblemDetails the API answers with; one place so every endpoint words errors alike.</summary>
public static class Problems
{
    /// <summary>The problem for a refusal of the library.</summary>
    public static ProblemDetails From(LitTrackerException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Kind switch
        {
            ErrorKind.NotFound => Status(StatusCodes.Status404NotFound, "Not found.", exception.Message),
            ErrorKind.Conflict => Conflict(exception.Message),
            _ => Invalid(exception.Field ?? "request", exception.Message),
        };
    }

    /// <summary>400 with one field-level error.</summary>
    public static HttpValidationProblemDetails Invalid(string field, string message) =>
        Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>400 with field-level errors.</summary>
    public static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request has invalid fields.",
        Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
    };

    /// <summary>409 with what to do next.</summary>
    public static ProblemDetails Conflict(string detail) =>
        Status(StatusCodes.Status409Conflict, "The change conflicts with what is stored.", detail);

    /// <summary>413 naming the limit's setting.</summary>
    public static ProblemDetails TooLarge() =>
        Status(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", "Send a smaller body; the limit is the Security:MaxRequestBodyBytes setting.");

    /// <summary>A problem with a status, title and detail.</summary>
    public static ProblemDetails Status(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };

    /// <summary>A JSON syntax error with its line and position, for a person to find it.</summary>
    public static string Describe(JsonException json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var where = json.LineNumber is { } line
            ? $" at line {line + 1}, position {(json.BytePositionInLine ?? 0) + 1}" + (string.IsNullOrEmpty(json.Path) ? string.Empty : $" ({json.Path})")
            : string.Empty;
        var reason = json.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        return $"The body is not valid JSON for this endpoint{where}: {reason}";
    }
}
