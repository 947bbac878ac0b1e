using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LitTracker.Metadata.Http;

/// <summary>One GET to a registry, with every transport failure turned into a result.</summary>
internal static class RegistryCall
{
    public static async Task<MappingResult> GetAsync(HttpClient http, Uri uri, string registry, Func<string, MappingResult> map, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
            {
                var result = map(body);

                // A 404 whose body is not the registry's own "not found" text is still a 404.
                return response.StatusCode == HttpStatusCode.NotFound && result.Status != MappingStatus.NotFound
                    ? MappingResult.NotFound($"{registry} has no such record (HTTP 404). Check the identifier.")
                    : result;
            }

            return MappingResult.ServiceError($"{registry} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}{(MetadataResilience.IsTransient(response) ? " after retries" : string.Empty)}. Try again later; if it persists, check the request.");
        }
        catch (BrokenCircuitException e)
        {
            var wait = e.RetryAfter is { } r ? $" for about {Math.Ceiling(r.TotalSeconds)} s" : string.Empty;
            return MappingResult.ServiceError($"{registry} has been failing, so requests are paused{wait}. Try again later.");
        }
        catch (TimeoutRejectedException)
        {
            return MappingResult.ServiceError($"{registry} did not answer in time, even after retries. Try again later.");
        }
        catch (HttpRequestException e)
        {
            return MappingResult.ServiceError($"Could not reach {registry} ({e.Message}). Check the network or the base URL in the Metadata settings.");
        }
    }
}
