using System.Diagnostics;
using LitTracker.Metadata;
using LitTracker.Metadata.Http;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Metadata.Http;

public sealed class MetadataClientsTests : IAsyncLifetime
{
    private RecordedRegistryServer server = null!;

    public async Task InitializeAsync() => server = await RecordedRegistryServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private MetadataOptions Options(string crossrefPrefix = "") => new()
    {
        CrossrefBaseUrl = server.At(crossrefPrefix),
        NcbiBaseUrl = server.At("/eutils"),
        Mailto = "team@example.org",
        ApiKey = "k3y",
        // Generous: a cold first request on a loaded machine must not time out.
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        BreakDuration = TimeSpan.FromSeconds(5),
        CircuitMinimumThroughput = 2,
    };

    private static HttpClient Http(MetadataOptions options, double? rate = null) =>
        new(new ResilienceHandler(options, rate, TimeProvider.System)
        {
            InnerHandler = new SocketsHttpHandler(),
        });

    [SharedDataFact]
    public async Task GetWorkAsync_RecordedWork_MapsAndSendsPoliteHeaders()
    {
        var options = Options();
        using var http = Http(options);

        var result = await new CrossrefClient(http, options).GetWorkAsync(Doi.Parse("10.1371/journal.pone.0033693"));

        Assert.Equal(MappingStatus.Mapped, result.Status);
        Assert.False(result.Single!.Source.IsRetracted);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/works/10.1371/journal.pone.0033693", request.Path);
        Assert.Contains("mailto=team%40example.org", request.Query, StringComparison.Ordinal);
        Assert.Contains("(mailto:team@example.org)", request.UserAgent, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task GetWorkAsync_UnknownDoi_IsNotFound()
    {
        var options = Options();
        using var http = Http(options);

        var result = await new CrossrefClient(http, options).GetWorkAsync(Doi.Parse("10.1371/notarealdoi"));

        Assert.Equal(MappingStatus.NotFound, result.Status);
        Assert.Single(server.Requests);
    }

    [SharedDataFact]
    public async Task GetWorkAsync_503WithRetryAfter_RetriesAfterTheServersDelay()
    {
        var options = Options("/flaky/");

        // Long enough that a test finishing quickly proves Retry-After, not the backoff, set the wait.
        options.RetryBaseDelay = TimeSpan.FromSeconds(20);
        using var http = Http(options);
        var clock = Stopwatch.StartNew();

        var result = await new CrossrefClient(http, options).GetWorkAsync(Doi.Parse("10.1038/srep16696"));

        Assert.Equal(MappingStatus.Mapped, result.Status);
        Assert.Equal(2, server.Requests.Count);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [SharedDataFact]
    public async Task GetWorkAsync_SlowServer_TimesOutPerAttemptAndReportsIt()
    {
        var options = Options("/slow/");
        options.MaxRetryAttempts = 1;
        options.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        using var http = Http(options);

        var result = await new CrossrefClient(http, options).GetWorkAsync(Doi.Parse("10.1038/srep16696"));

        Assert.Equal(MappingStatus.ServiceError, result.Status);
        Assert.Contains("in time", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [SharedDataFact]
    public async Task GetWorkAsync_BrokenServer_OpensCircuitAndStopsCalling()
    {
        var options = Options("/broken/");
        options.MaxRetryAttempts = 0;
        using var http = Http(options);
        var client = new CrossrefClient(http, options);

        var results = new List<MappingResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await client.GetWorkAsync(Doi.Parse("10.1038/srep16696")));
        }

        Assert.All(results, r => Assert.Equal(MappingStatus.ServiceError, r.Status));
        Assert.Contains("paused", results[^1].Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [SharedDataFact]
    public async Task FetchAsync_RecordedEfetch_MapsAndSendsNcbiParameters()
    {
        var options = Options();
        using var http = Http(options, options.NcbiRequestsPerSecond);

        var result = await new PubMedClient(http, options).FetchAsync([Pmid.Parse("27797938")]);

        Assert.Equal("27797938", Assert.Single(result.Sources).Source.Pmid?.ToString());
        var query = Assert.Single(server.Requests).Query;
        Assert.Contains("db=pubmed", query, StringComparison.Ordinal);
        Assert.Contains("tool=littracker", query, StringComparison.Ordinal);
        Assert.Contains("email=team%40example.org", query, StringComparison.Ordinal);
        Assert.Contains("api_key=k3y", query, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task SummaryAsync_ThreeRequestsAtThreePerSecond_AreSpacedApart()
    {
        var options = Options();
        options.ApiKey = null;
        using var http = Http(options, options.NcbiRequestsPerSecond);
        var client = new PubMedClient(http, options);
        var clock = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SummaryAsync([Pmid.Parse("40642746")])));

        Assert.All(results, r => Assert.Equal(MappingStatus.Mapped, r.Status));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.6), TimeSpan.FromSeconds(5));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public void Validate_BadOptions_ThrowsNamingTheSetting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new MetadataOptions { MaxConcurrentRequests = 0 }.Validate());

        Assert.Contains("MaxConcurrentRequests", e.Message, StringComparison.Ordinal);
    }
}
