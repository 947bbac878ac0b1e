namespace LitTracker.Metadata.Http;

/// <summary>
/// A registry response as received, before mapping: kept so it can be cached and re-mapped
/// offline. <see cref="Failure"/> is set instead of a body when no usable answer arrived
/// (transport error, timeout, open circuit, an error status that survived the retries).
/// </summary>
/// <param name="Url">The URL asked for.</param>
/// <param name="StatusCode">HTTP status, 0 when nothing arrived.</param>
/// <param name="ContentType">Media type of the body, when given.</param>
/// <param name="Body">The body exactly as received ("" when none).</param>
/// <param name="Failure">Why there is no usable answer, as a message for the user; null on an answer.</param>
public sealed record RawResponse(Uri Url, int StatusCode, string? ContentType, string Body, string? Failure)
{
    /// <summary>True for a 2xx answer with a body worth mapping and caching.</summary>
    public bool IsSuccess => Failure is null && StatusCode is >= 200 and < 300;

    /// <summary>True for a 404 (the registry's "no such record").</summary>
    public bool IsNotFound => Failure is null && StatusCode == 404;

    /// <summary>Maps the body with <paramref name="map"/>; a failure or error status becomes a service error, a 404 "not found".</summary>
    public MappingResult Map(Func<string, MappingResult> map, string registry)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (Failure is not null)
        {
            return MappingResult.ServiceError(Failure);
        }

        if (IsSuccess || IsNotFound)
        {
            var result = map(Body);

            // A 404 whose body is not the registry's own "not found" text is still a 404.
            return IsNotFound && result.Status != MappingStatus.NotFound
                ? MappingResult.NotFound($"{registry} has no such record (HTTP 404). Check the identifier.")
                : result;
        }

        return MappingResult.ServiceError($"{registry} answered HTTP {StatusCode}. Check the request.");
    }
}
