using LitTracker.Sources;

namespace LitTracker.Metadata.Http;

/// <summary>
/// A typed client for the Crossref REST API. Sends the polite User-Agent and <c>mailto</c>; returns
/// mapped metadata, "not found" or a service error, never an <see cref="HttpResponseMessage"/>.
/// </summary>
public sealed class CrossrefClient
{
    private readonly HttpClient http;
    private readonly MetadataOptions options;

    /// <summary>Creates the client over an <see cref="HttpClient"/> whose handler chain holds a <see cref="ResilienceHandler"/>.</summary>
    public CrossrefClient(HttpClient http, MetadataOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.http = http;
        this.options = options;
        if (!http.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent))
        {
            throw new InvalidOperationException($"Metadata options: '{options.UserAgent}' is not a valid User-Agent; check Mailto.");
        }
    }

    /// <summary>GET <c>/works/{doi}</c>, mapped by <see cref="Crossref.CrossrefWorkMapper"/>.</summary>
    public Task<MappingResult> GetWorkAsync(Doi doi, CancellationToken cancellationToken = default) =>
        RegistryCall.GetAsync(http, WorkUri(doi), "Crossref", Crossref.CrossrefWorkMapper.Map, cancellationToken);

    /// <summary>GET <c>/works/{doi}</c>, unmapped, for caching; map it with <see cref="Crossref.CrossrefWorkMapper"/>.</summary>
    public Task<RawResponse> FetchWorkAsync(Doi doi, CancellationToken cancellationToken = default) =>
        RegistryCall.FetchAsync(http, WorkUri(doi), "Crossref", cancellationToken);

    /// <summary>The request URI for a DOI: each character escaped except the '/' separators.</summary>
    public Uri WorkUri(Doi doi)
    {
        var path = Uri.EscapeDataString(doi.Value).Replace("%2F", "/", StringComparison.Ordinal);
        var query = options.Mailto is null ? string.Empty : "?mailto=" + Uri.EscapeDataString(options.Mailto);
        return new Uri($"{options.CrossrefBaseUrl.AbsoluteUri.TrimEnd('/')}/works/{path}{query}");
    }
}
