using System.Diagnostics;
using LitTracker.Metadata.Adding;
using LitTracker.Metadata.Cache;
using LitTracker.Metadata.Http;
using LitTracker.Sources;
using LitTracker.Tests.Metadata.Http;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Metadata.Adding;

public sealed class AddServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase temp = new();
    private RecordedRegistryServer server = null!;

    public async Task InitializeAsync() => server = await RecordedRegistryServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => temp.Dispose();

    internal static MetadataOptions FastOptions(Uri crossref, Uri ncbi) => new()
    {
        CrossrefBaseUrl = crossref,
        NcbiBaseUrl = ncbi,
        Mailto = "team@example.org",
        ApiKey = "k3y",
        AttemptTimeout = TimeSpan.FromSeconds(1),
        MaxRetryAttempts = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        CrossrefRequestsPerSecond = 1000,
    };

    private async Task<(AddOutcome Outcome, int Sources, int Cached)> AddAsync(string id, string crossrefPrefix = "/", string ncbiPrefix = "/eutils")
    {
        using var registries = new OnlineRegistries(FastOptions(server.At(crossrefPrefix), server.At(ncbiPrefix)), TimeProvider.System);
        await using var db = await temp.OpenAsync();
        using var service = new AddService(db, registries, new FixedClock());
        var outcome = await service.AddAsync(id);
        return (outcome, await db.Sources.CountAsync(), await db.FetchCache.CountAsync());
    }

    [SharedDataFact]
    public async Task AddAsync_Doi_StoresCompleteSourceWithProvenanceAndCache()
    {
        var (outcome, sources, cached) = await AddAsync("https://doi.org/10.1371/journal.pone.0033693");

        Assert.Equal(AddStatus.Added, outcome.Status);
        await using var db = await temp.OpenAsync();
        var source = await db.Sources.Include(s => s.Notices).SingleAsync();
        Assert.Equal("10.1371/journal.pone.0033693", source.Doi?.Value);
        Assert.NotEmpty(source.Authors);
        Assert.Equal(2012, source.Year);
        Assert.Equal(FieldOrigin.Crossref, source.Provenance[SourceField.Title]);
        Assert.Equal(FieldOrigin.Crossref, source.Provenance[SourceField.Authors]);
        Assert.Equal(outcome.SourceKey, source.Key);
        var notice = Assert.Single(source.Notices);
        Assert.Equal(NoticeType.Correction, notice.Type);
        Assert.False(source.IsRetracted);
        var cache = await db.FetchCache.SingleAsync(c => c.Service == CacheServices.Crossref);
        Assert.Equal("10.1371/journal.pone.0033693", cache.Key);
        Assert.Equal(new FixedClock().GetUtcNow().UtcDateTime, cache.FetchedAt);
        Assert.Equal(1, sources);
        Assert.Equal(2, cached); // the Crossref work and PubMed's (empty) esearch answer
    }

    [SharedDataFact]
    public async Task AddAsync_Pmid_FillsFromPubMedAndWarnsWhenCrossrefLacksTheDoi()
    {
        var (outcome, sources, _) = await AddAsync("pmid:27797938");

        Assert.Equal(AddStatus.Added, outcome.Status);
        Assert.Contains(outcome.Warnings, w => w.Contains("Crossref", StringComparison.Ordinal));
        await using var db = await temp.OpenAsync();
        var source = await db.Sources.SingleAsync();
        Assert.Equal(27797938, source.Pmid?.Value);
        Assert.Equal("10.1136/gutjnl-2016-312510", source.Doi?.Value);
        Assert.Equal(StudyDesign.Cohort, source.Design);
        Assert.NotNull(source.ContainerAbbreviation);
        Assert.NotNull(source.Abstract);
        Assert.Equal(FieldOrigin.PubMed, source.Provenance[SourceField.Abstract]);
        Assert.Equal(1, sources);
    }

    [SharedDataFact]
    public async Task AddAsync_SameDoiTwice_ReturnsExistingWithoutFetching()
    {
        await AddAsync("10.1038/srep16696");
        var before = server.Requests.Count;

        var (outcome, sources, _) = await AddAsync("doi:10.1038/SREP16696");

        Assert.Equal(AddStatus.AlreadyStored, outcome.Status);
        Assert.Equal(1, sources);
        Assert.Equal(before, server.Requests.Count);
    }

    [SharedDataTheory]
    [InlineData("/f/500/", "HTTP 500")]
    [InlineData("/f/reset/", "Could not reach")]
    [InlineData("/f/html/", "not JSON")]
    [InlineData("/f/truncated/", "not valid JSON")]
    [InlineData("/f/slow/", "in time")]
    public async Task AddAsync_CrossrefFault_FailsClearlyAndWritesNothing(string prefix, string expected)
    {
        var clock = Stopwatch.StartNew();

        var (outcome, sources, cached) = await AddAsync("10.1038/srep16696", prefix, "/f/500/eutils");

        Assert.Equal(AddStatus.Failed, outcome.Status);
        Assert.Contains(expected, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, sources);
        Assert.Equal(0, cached);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [SharedDataFact]
    public async Task AddAsync_UnknownDoi_IsNotFoundFromThePlainText404()
    {
        var (outcome, sources, _) = await AddAsync("10.1371/notarealdoi");

        Assert.Equal(AddStatus.NotFound, outcome.Status);
        Assert.Contains("no record", outcome.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, sources);
    }

    [SharedDataFact]
    public async Task AddAsync_429WithRetryAfter_WaitsAndSucceeds()
    {
        var clock = Stopwatch.StartNew();

        var (outcome, _, _) = await AddAsync("10.1136/esmoopen-2020-000776", "/f/429/");

        Assert.Equal(AddStatus.Added, outcome.Status);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [SharedDataTheory]
    [InlineData("/f/truncated/eutils")]
    [InlineData("/f/html/eutils")]
    [InlineData("/f/reset/eutils")]
    public async Task AddAsync_PubMedFault_FailsClearlyAndWritesNothing(string ncbiPrefix)
    {
        var (outcome, sources, cached) = await AddAsync("pmid:28775130", ncbiPrefix: ncbiPrefix);

        Assert.Equal(AddStatus.Failed, outcome.Status);
        Assert.NotEmpty(outcome.Message);
        Assert.Equal(0, sources);
        Assert.Equal(0, cached);
    }

    [SharedDataFact]
    public async Task AddManyAsync_MixOfGoodAndBad_ReportsEachAndKeepsTheGoodOnes()
    {
        using var registries = new OnlineRegistries(FastOptions(server.At("/"), server.At("/eutils")), TimeProvider.System);
        await using var db = await temp.OpenAsync();
        using var service = new AddService(db, registries, new FixedClock());

        var outcomes = await service.AddManyAsync(["10.1038/srep16696", "not an id", "10.1371/notarealdoi", "pmid:30108519", "10.1038/srep16696"]);

        Assert.Equal([AddStatus.InvalidIdentifier, AddStatus.NotFound, AddStatus.Added], outcomes.Skip(1).Take(3).Select(o => o.Status));
        Assert.Equal([AddStatus.Added, AddStatus.AlreadyStored], new[] { outcomes[0].Status, outcomes[4].Status }.Order());
        Assert.Equal(2, await db.Sources.CountAsync());
    }
}
