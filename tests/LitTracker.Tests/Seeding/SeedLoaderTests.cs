using System.Globalization;
using CsvHelper;
using LitTracker.Citations;
using LitTracker.Seeding;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Seeding;

public class SeedLoaderTests
{
    [Fact]
    public async Task LoadAsync_EmptyDatabase_AddsTheWholeDataSet()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var result = await new SeedLoader(db, new FixedClock()).LoadAsync();

        Assert.Equal(42, result.Sources);
        Assert.Equal(2, result.Articles);
        Assert.Equal(8, result.References);
        Assert.Equal(await db.Claims.CountAsync(), result.Claims);
        Assert.True(result.Claims >= 10);
        Assert.Equal(await db.Citations.CountAsync(), result.Citations);
        Assert.Equal(result.Citations, await db.CitationChanges.CountAsync(h => h.Kind == ChangeKind.Created));
    }

    [Fact]
    public async Task LoadAsync_SecondRun_AddsNothingAndChangesNothing()
    {
        using var temp = new TempDatabase();
        await using (var first = await SeededDatabase.OpenAsync(temp))
        {
        }

        await using var db = await temp.OpenAsync();
        var counts = await CountsAsync(db);

        var result = await new SeedLoader(db, new FixedClock()).LoadAsync();

        Assert.Equal(0, result.Total);
        Assert.Equal(counts, await CountsAsync(db));
    }

    [Fact]
    public async Task LoadAsync_UserChangedASeedCitation_KeepsTheUsersVersion()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var citation = await db.Citations.FirstAsync();
        citation.Rationale = "edited by a reviewer";
        await db.SaveChangesAsync();

        await new SeedLoader(db, new FixedClock()).LoadAsync();

        db.ChangeTracker.Clear();
        Assert.Equal("edited by a reviewer", (await db.Citations.SingleAsync(c => c.Id == citation.Id)).Rationale);
    }

    [Fact]
    public async Task Seed_FirstArticle_HasEightReferencesTwoRepeatingAnEarlierOne()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var references = await db.References.Include(r => r.Source)
            .Where(r => r.ArticleId == db.Articles.Single(a => a.Key == "gocare2019").Id)
            .OrderBy(r => r.Position).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 8), references.Select(r => r.Position));
        Assert.Equal(2, references.Count(r => r.RepeatOf is not null));
        Assert.All(references.Where(r => r.RepeatOf is { } p), r =>
            Assert.Equal(references.Single(x => x.Position == r.RepeatOf).SourceId, r.SourceId));
        Assert.Equal(["law2019", "carstairs2014", "carstairs2014", "labusca2015"], references.Where(r => r.Source is not null).Select(r => r.Source!.Key));
        Assert.All(references.Where(r => r.SourceId is null), r => Assert.False(string.IsNullOrWhiteSpace(r.UnresolvedReason)));
    }

    [Fact]
    public async Task Seed_SecondArticle_CitesNothingItself()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var claims = await db.Claims.Include(c => c.Citations).Include(c => c.References)
            .Where(c => c.Article!.Key == "jointpain2024").ToListAsync();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Empty(c.References));
        Assert.All(claims, c => Assert.DoesNotContain(c.Citations, x => x.Origin == CitationOrigin.Article));
        Assert.Contains(claims, c => c.VagueAttribution);
    }

    [Fact]
    public async Task Seed_ReviewerEvidence_IncludesContradictingSources()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var contradicting = await db.Citations.Where(c => c.Stance == Stance.Contradicts).Select(c => c.Source!.Key).Distinct().ToListAsync();

        Assert.Contains("shapiro_bmac_placebo_rct", contradicting);
        Assert.Contains("fda2021", contradicting);
        Assert.Contains("ma2020", contradicting);
    }

    [SharedDataFact]
    public void Seed_ReferenceLines_AreExactlyAsPrintedInTheArticle()
    {
        var article = File.ReadAllLines(SharedData.Path("seeds", "000_244be56c30b0fbcd.txt"));
        var seed = SeedData.LoadEmbedded().Articles.Articles.Single(a => a.Key == "gocare2019");

        Assert.Equal(8, seed.References.Count);
        Assert.All(seed.References, r => Assert.Contains(r.Text, article));
    }

    [SharedDataFact]
    public void Seed_Sources_KeepEveryCsvRecordAndInventNothing()
    {
        using var reader = new StreamReader(SharedData.Path("data", "evidence_sources.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var seed = SeedData.LoadEmbedded().Sources.Sources.ToDictionary(s => s.Key);

        Assert.Equal(42, rows.Count);
        Assert.Equal(42, seed.Count);
        foreach (var row in rows)
        {
            var key = ((string)row["key"]).Replace("_seed", string.Empty, StringComparison.Ordinal);
            var source = seed[key];
            AssertSameEmptiness((string)row["volume"], source.Volume, key, "volume");
            AssertSameEmptiness((string)row["issue"], source.Issue, key, "issue");
            AssertSameEmptiness((string)row["pages"], source.Pages, key, "pages");
            AssertSameEmptiness((string)row["pmid"], source.Pmid, key, "pmid");
            AssertSameEmptiness((string)row["doi"], source.Doi, key, "doi");
            AssertSameEmptiness((string)row["year"], source.Year?.ToString(CultureInfo.InvariantCulture), key, "year");
            if (((string)row["pmid"]).Length > 0)
            {
                Assert.Equal((string)row["pmid"], source.Pmid);
            }

            if (((string)row["doi"]).Length > 0)
            {
                Assert.Equal(((string)row["doi"]).ToLowerInvariant(), source.Doi!.ToLowerInvariant());
            }
        }
    }

    private static void AssertSameEmptiness(string csv, string? seed, string key, string field) =>
        Assert.True(string.IsNullOrEmpty(csv) == string.IsNullOrEmpty(seed), $"{key}.{field}: CSV '{csv}' vs seed '{seed}'");

    private static async Task<(int, int, int, int, int, int)> CountsAsync(LitTracker.Persistence.LitTrackerDbContext db) => (
        await db.Sources.CountAsync(),
        await db.Articles.CountAsync(),
        await db.References.CountAsync(),
        await db.Claims.CountAsync(),
        await db.Citations.CountAsync(),
        await db.CitationChanges.CountAsync());
}
