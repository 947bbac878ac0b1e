using LitTracker.Sources;

namespace LitTracker.Metadata.Http;

/// <summary>
/// The Crossref and PubMed clients over the network, each behind its own resilience handler and
/// rate gate (Crossref at <see cref="MetadataOptions.CrossrefRequestsPerSecond"/>, NCBI at
/// <see cref="MetadataOptions.NcbiRequestsPerSecond"/>). Owns its HTTP clients.
/// </summary>
public sealed class OnlineRegistries : IMetadataRegistries, IDisposable
{
    private readonly HttpClient crossrefHttp;
    private readonly HttpClient ncbiHttp;

    /// <summary>Validates <paramref name="options"/> (throws <see cref="InvalidOperationException"/> naming a bad setting) and builds the clients.</summary>
    /// <param name="options">Settings.</param>
    /// <param name="timeProvider">Clock for the resilience pipelines.</param>
    /// <param name="transport">Innermost handler factory (tests inject faults); default <see cref="SocketsHttpHandler"/>.</param>
    public OnlineRegistries(MetadataOptions options, TimeProvider timeProvider, Func<HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        transport ??= () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        crossrefHttp = new HttpClient(new ResilienceHandler(options, options.CrossrefRequestsPerSecond, timeProvider) { InnerHandler = transport() })
        {
            // The pipeline's own timeouts govern; HttpClient's would cut a Retry-After wait short.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        ncbiHttp = new HttpClient(new ResilienceHandler(options, options.NcbiRequestsPerSecond, timeProvider) { InnerHandler = transport() })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Crossref = new CrossrefClient(crossrefHttp, options);
        PubMed = new PubMedClient(ncbiHttp, options);
    }

    /// <summary>The settings in force.</summary>
    public MetadataOptions Options { get; }

    /// <summary>The Crossref client.</summary>
    public CrossrefClient Crossref { get; }

    /// <summary>The PubMed client.</summary>
    public PubMedClient PubMed { get; }

    /// <inheritdoc />
    public bool IsOnline => true;

    /// <inheritdoc />
    public Task<RawResponse> CrossrefWorkAsync(Doi doi, CancellationToken cancellationToken) => Crossref.FetchWorkAsync(doi, cancellationToken);

    /// <inheritdoc />
    public Task<RawResponse> PubMedRecordAsync(Pmid pmid, CancellationToken cancellationToken) => PubMed.FetchRawAsync([pmid], cancellationToken);

    /// <inheritdoc />
    public Task<RawResponse> PubMedSearchAsync(Doi doi, CancellationToken cancellationToken) => PubMed.SearchDoiAsync(doi, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        crossrefHttp.Dispose();
        ncbiHttp.Dispose();
    }
}
