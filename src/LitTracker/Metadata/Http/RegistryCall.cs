using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LitTracker.Metadata.Http;

/// <summary>One GET to a registry, with every transport failure turned into a result.</summary>
internal static class RegistryCall
{
    public static async Task<MappingResult> GetAsync(HttpClient http, Uri uri, string registry, Func<string, MappingResult> map, CancellationToken cancellationToken) =>
        (await FetchAsync(http, uri, registry, cancellationToken).ConfigureAwait(false)).Map(map, registry);

    public static async Task<RawResponse> FetchAsync(HttpClient http, Uri uri, string registry, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var contentType = response.Content.Headers.ContentType?.MediaType;
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
            {
                return new RawResponse(uri, status, contentType, body, null);
            }

            return new RawResponse(uri, status, contentType, body, $"{registry} answered HTTP {status} {response.ReasonPhrase}{(MetadataResilience.IsTransient(response) ? " after retries" : string.Empty)}. Try again later; if it persists, check the request.");
        }
        catch (BrokenCircuitException e)
        {
            var wait = e.RetryAfter is { } r ? $" for about {Math.Ceiling(r.TotalSeconds)} s" : string.Empty;
            return Failed(uri, $"{registry} has been failing, so requests are paused{wait}. Try again later.");
        }
        catch (TimeoutRejectedException)
        {
            return Failed(uri, $"{registry} did not answer in time, even after retries. Try again later.");
        }
        catch (HttpRequestException e)
        {
            return Failed(uri, $"Could not reach {registry} ({e.Message}). Check the network or the base URL in the Metadata settings.");
        }
        catch (IOException e)
        {
            // A connection reset while the body streams in surfaces as an IOException, not an HttpRequestException.
            return Failed(uri, $"The connection to {registry} broke off ({e.Message}). Try again later.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout, not the caller's cancellation.
            return Failed(uri, $"{registry} did not answer in time. Try again later.");
        }
    }

    private static RawResponse Failed(Uri uri, string message) => new(uri, 0, null, string.Empty, message);
}
