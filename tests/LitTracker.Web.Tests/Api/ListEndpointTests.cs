using System.Net;
using System.Text.Json;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Web.Tests.TestSupport;

namespace LitTracker.Web.Tests.Api;

/// <summary>Paging, sorting, filters and totals of the lists, now answered by SQL.</summary>
public sealed class ListEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ListClaims_PagesOfOneSort_JoinToTheWholeListWithoutRepeats()
    {
        var whole = await Keys("/api/claims?pageSize=200&sort=category");
        var paged = new List<string>();
        for (var page = 1; page <= (whole.Count + 6) / 7; page++)
        {
            paged.AddRange(await Keys($"/api/claims?pageSize=7&page={page}&sort=category"));
        }

        Assert.True(whole.Count > 7);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task ListClaims_PagePastTheEnd_IsEmptyWithTheTotal()
    {
        var first = await Json.ReadAsync(await client.GetAsync("/api/claims?pageSize=5"));
        var total = first.GetProperty("total").GetInt32();

        var past = await Json.ReadAsync(await client.GetAsync($"/api/claims?pageSize=5&page={(total / 5) + 2}"));

        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(total, past.GetProperty("total").GetInt32());
        Assert.Equal((total + 4) / 5, past.GetProperty("totalPages").GetInt32());
    }

    [Fact]
    public async Task ListClaims_DescendingKey_IsTheAscendingListReversed()
    {
        var ascending = await Keys("/api/claims?pageSize=200&sort=key");
        var descending = await Keys("/api/claims?pageSize=200&sort=-key");

        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task ListClaims_ArticleAndCategoryFilters_TotalCountsOnlyMatches()
    {
        var all = await Items("/api/claims?pageSize=200");
        var article = all[0].GetProperty("article").GetString()!;
        var category = all[0].GetProperty("category").GetString()!;

        var json = await Json.ReadAsync(await client.GetAsync($"/api/claims?article={article}&category={category}&pageSize=1"));

        var expected = all.Count(i => i.GetProperty("article").GetString() == article && i.GetProperty("category").GetString() == category);
        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ListClaims_VerdictSortAndFilter_MatchTheUnfilteredList()
    {
        var all = await Items("/api/claims?pageSize=200");
        var verdict = all[0].GetProperty("verdict").GetString()!;

        var filtered = await Json.ReadAsync(await client.GetAsync($"/api/claims?verdict={verdict}&sort=-verdict&pageSize=200"));
        var sorted = await Items("/api/claims?pageSize=200&sort=verdict");

        Assert.Equal(all.Count(i => i.GetProperty("verdict").GetString() == verdict), filtered.GetProperty("total").GetInt32());
        Assert.Equal(sorted.Select(i => i.GetProperty("verdict").GetString()).Order(StringComparer.Ordinal), sorted.Select(i => i.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task ListClaims_UnknownArticle_Returns404()
    {
        var response = await client.GetAsync("/api/claims?article=no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListSources_RetractedFilter_FollowsTheNoticeRulesInSql()
    {
        var ids = (await Items("/api/sources?pageSize=200")).Select(s => s.GetProperty("id").GetInt32()).Take(4).ToList();
        await using (var db = await LitTrackerDatabase.OpenAsync(factory.DatabasePath))
        {
            // Retracted; reinstated later; undated retraction then dated reinstatement; withdrawn after a reinstatement.
            db.Notices.AddRange(
                new Notice { SourceId = ids[0], Type = NoticeType.Retraction, Date = new DateOnly(2020, 1, 1) },
                new Notice { SourceId = ids[1], Type = NoticeType.Retraction, Date = new DateOnly(2020, 1, 1) },
                new Notice { SourceId = ids[1], Type = NoticeType.Reinstatement, Date = new DateOnly(2021, 1, 1) },
                new Notice { SourceId = ids[2], Type = NoticeType.Reinstatement, Date = new DateOnly(2019, 1, 1) },
                new Notice { SourceId = ids[2], Type = NoticeType.Retraction },
                new Notice { SourceId = ids[3], Type = NoticeType.Reinstatement, Date = new DateOnly(2018, 1, 1) },
                new Notice { SourceId = ids[3], Type = NoticeType.Withdrawal, Date = new DateOnly(2022, 1, 1) });
            await db.SaveChangesAsync();
        }

        var all = await Items("/api/sources?pageSize=200");
        var retracted = await Items("/api/sources?pageSize=200&retracted=true");
        var kept = await Items("/api/sources?pageSize=200&retracted=false");

        Assert.Equal(
            all.Where(s => s.GetProperty("retracted").GetBoolean()).Select(s => s.GetProperty("id").GetInt32()).Order(),
            retracted.Select(s => s.GetProperty("id").GetInt32()).Order());
        Assert.Contains(ids[0], retracted.Select(s => s.GetProperty("id").GetInt32()));
        Assert.Contains(ids[3], retracted.Select(s => s.GetProperty("id").GetInt32()));
        Assert.Contains(ids[1], kept.Select(s => s.GetProperty("id").GetInt32()));
        Assert.Contains(ids[2], kept.Select(s => s.GetProperty("id").GetInt32()));
        Assert.All(kept, s => Assert.False(s.GetProperty("retracted").GetBoolean()));
        Assert.Equal(all.Count, retracted.Count + kept.Count);
    }

    [Fact]
    public async Task ListSources_SearchByAuthorAndDoi_FindsTheSource()
    {
        var source = (await Items("/api/sources?pageSize=200")).First(s => s.GetProperty("doi").ValueKind == JsonValueKind.String);
        var detail = await Json.ReadAsync(await client.GetAsync($"/api/sources/{source.GetProperty("id").GetInt32()}"));
        var doi = source.GetProperty("doi").GetString()!;
        var family = detail.GetProperty("authors")[0].GetString()!.Split(' ', ',')[0];

        var byDoi = await Items($"/api/sources?search={Uri.EscapeDataString(doi)}");
        var byAuthor = await Items($"/api/sources?search={Uri.EscapeDataString(family)}&pageSize=200");

        Assert.Contains(byDoi, s => s.GetProperty("id").GetInt32() == source.GetProperty("id").GetInt32());
        Assert.Contains(byAuthor, s => s.GetProperty("id").GetInt32() == source.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ListArticles_PageOfTwoByTitle_IsSortedAndCountsAll()
    {
        var whole = await Items("/api/articles?pageSize=200&sort=title");
        var page = await Json.ReadAsync(await client.GetAsync("/api/articles?pageSize=2&page=2&sort=title"));

        var titles = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(whole.Skip(2).Take(2).Select(a => a.GetProperty("title").GetString()), titles);
        Assert.Equal(whole.Count, page.GetProperty("total").GetInt32());
    }

    private async Task<List<JsonElement>> Items(string url) =>
        (await Json.ReadAsync(await client.GetAsync(url))).GetProperty("items").EnumerateArray().ToList();

    private async Task<List<string>> Keys(string url) =>
        (await Items(url)).Select(i => i.GetProperty("key").GetString()!).ToList();
}
