using LitTracker.Metadata.Adding;
using LitTracker.Metadata.Cache;
using LitTracker.Metadata.Enriching;
using LitTracker.Metadata.Http;
using LitTracker.Sources;
using LitTracker.Tests.Metadata.Adding;
using LitTracker.Tests.Metadata.Http;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Metadata.Enriching;

public sealed class EnrichServiceTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Merge_PersonAndSeedValues_AreKeptAndBlanksFilled()
    {
        var stored = new Source
        {
            Title = "Typed by a person",
            Container = "Seeded journal",
            Provenance = { [SourceField.Title] = FieldOrigin.Person, [SourceField.Volume] = FieldOrigin.Crossref },
            Volume = "1",
        };
        var fetched = new Source { Title = "Registry title", Container = "Registry journal", Volume = "2", Issue = "3" };
        var origins = new Dictionary<SourceField, FieldOrigin>
        {
            [SourceField.Title] = FieldOrigin.Crossref,
            [SourceField.Container] = FieldOrigin.Crossref,
            [SourceField.Volume] = FieldOrigin.PubMed,
            [SourceField.Issue] = FieldOrigin.PubMed,
        };

        var changed = EnrichService.Merge(stored, fetched, origins);

        Assert.Equal([SourceField.Volume, SourceField.Issue], changed);
        Assert.Equal("Typed by a person", stored.Title);
        Assert.Equal("Seeded journal", stored.Container);
        Assert.Equal("2", stored.Volume);
        Assert.Equal("3", stored.Issue);
        Assert.Equal(FieldOrigin.PubMed, stored.Provenance[SourceField.Issue]);
        Assert.Equal(FieldOrigin.Person, stored.Provenance[SourceField.Title]);
        Assert.False(stored.Provenance.ContainsKey(SourceField.Container));
    }

    [SharedDataFact]
    public async Task EnrichAsync_Offline_RemapsFromCacheWithoutNetwork()
    {
        await using (var server = await RecordedRegistryServer.StartAsync())
        using (var registries = new OnlineRegistries(AddServiceTests.FastOptions(server.At("/"), server.At("/eutils")), TimeProvider.System))
        await using (var db = await temp.OpenAsync())
        using (var add = new AddService(db, registries, new FixedClock()))
        {
            Assert.Equal(AddStatus.Added, (await add.AddAsync("10.1038/srep16696")).Status);
        }

        await using (var db = await temp.OpenAsync())
        {
            var source = await db.Sources.SingleAsync();
            source.Abstract = null;
            source.Volume = null;
            source.Provenance = new Dictionary<SourceField, FieldOrigin>(source.Provenance) { [SourceField.Volume] = FieldOrigin.Person };
            await db.SaveChangesAsync();
        }

        await using var offline = await temp.OpenAsync();
        var outcome = Assert.Single(await new EnrichService(offline, new CachedRegistries(offline), new FixedClock()).EnrichAsync());

        Assert.Equal(EnrichStatus.Updated, outcome.Status);
        Assert.Equal([SourceField.Abstract], outcome.Changed);
        var enriched = await offline.Sources.AsNoTracking().SingleAsync();
        Assert.NotNull(enriched.Abstract);
        Assert.Null(enriched.Volume);
        Assert.Equal(FieldOrigin.Crossref, enriched.Provenance[SourceField.Abstract]);
    }

    [Fact]
    public async Task EnrichAsync_OfflineWithEmptyCache_FailsWithoutWriting()
    {
        await using var db = await temp.OpenAsync();
        db.Sources.Add(new Source { Key = "x2020", Title = "X", Doi = Doi.Parse("10.1000/xyz") });
        await db.SaveChangesAsync();

        var outcome = Assert.Single(await new EnrichService(db, new CachedRegistries(db), new FixedClock()).EnrichAsync());

        Assert.Equal(EnrichStatus.Failed, outcome.Status);
        Assert.Contains("--offline", outcome.Message, StringComparison.Ordinal);
    }
}
