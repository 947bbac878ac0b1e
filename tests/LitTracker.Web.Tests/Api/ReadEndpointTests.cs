using System.Net;
using LitTracker.Web.Tests.TestSupport;

namespace LitTracker.Web.Tests.Api;

public sealed class ReadEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Health_SeededDatabase_ReportsHealthy()
    {
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListSources_PageAndSort_ReturnsOnePageWithTotal()
    {
        var json = await Json.ReadAsync(await client.GetAsync("/api/sources?page=2&pageSize=5&sort=-year"));

        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
        Assert.Equal(42, json.GetProperty("total").GetInt32());
        Assert.Equal("-year", json.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task ListSources_BadPagingAndSort_ReturnsFieldErrors()
    {
        var response = await client.GetAsync("/api/sources?pageSize=0&sort=colour&design=guess");
        var json = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = json.GetProperty("errors");
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("sort", out _));
        Assert.True(errors.TryGetProperty("design", out _));
    }

    [Fact]
    public async Task GetSource_ByKeyDoiAndId_FindTheSameSource()
    {
        var byKey = await Json.ReadAsync(await client.GetAsync("/api/sources/law2019"));
        var id = byKey.GetProperty("id").GetInt32();
        var byId = await Json.ReadAsync(await client.GetAsync($"/api/sources/{id}"));

        Assert.Equal("law2019", byId.GetProperty("key").GetString());
        Assert.Equal("systematic-review", byKey.GetProperty("design").GetString());
    }

    [Fact]
    public async Task GetClaim_UnknownKey_Returns404Problem()
    {
        var response = await client.GetAsync("/api/claims/no-such-claim");
        var json = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-claim", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckArticle_FailOnUncited_ListsEveryClaimOfTheUncitedArticle()
    {
        var json = await Json.ReadAsync(await client.GetAsync("/api/articles/jointpain2024/check?failOn=uncited"));

        var claims = json.GetProperty("claims").GetArrayLength();
        Assert.True(claims > 0);
        Assert.Equal(claims, json.GetProperty("failing").GetArrayLength());
    }

    [Fact]
    public async Task ListClaims_FilterByVerdict_ReturnsOnlyThatVerdict()
    {
        var json = await Json.ReadAsync(await client.GetAsync("/api/claims?verdict=unsourced&pageSize=200"));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("unsourced", i.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task GetClaim_SeedClaim_HasCitationsAndHistory()
    {
        var json = await Json.ReadAsync(await client.GetAsync("/api/claims/gocare2019-c10"));

        Assert.Equal("gocare2019-c10", json.GetProperty("claim").GetProperty("key").GetString());
        Assert.True(json.GetProperty("history").GetArrayLength() >= json.GetProperty("citations").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/reports/bibliography?article=gocare2019&format=txt", "text/plain", "1. ")]
    [InlineData("/api/reports/bibliography?article=gocare2019&format=html", "text/html", "<div class=\"csl-bib-body\">")]
    [InlineData("/api/reports/evidence?article=jointpain2024&format=json", "application/json", "\"demonstrationData\"")]
    [InlineData("/api/reports/evidence?article=jointpain2024&format=csv", "text/csv", "claim_key")]
    public async Task Reports_EachFormat_HasItsMediaTypeAndContent(string url, string mediaType, string expected)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheCitationRoutes()
    {
        var json = await Json.ReadAsync(await client.GetAsync("/openapi/v1.json"));

        Assert.True(json.GetProperty("paths").TryGetProperty("/api/citations/{id}", out _));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/jointpain2024")]
    [InlineData("/claims/gocare2019-c10")]
    [InlineData("/sources/law2019")]
    [InlineData("/bibliography?article=gocare2019")]
    [InlineData("/evidence-map")]
    [InlineData("/api")]
    public async Task Pages_Render_AsHtmlWithSecurityHeaders(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task ArticlePage_SeedArticle_ShowsUnsourcedClaimsWithTextLabels()
    {
        var html = await client.GetStringAsync("/articles/jointpain2024");

        Assert.Contains("class=\"claim v-unsourced\"", html, StringComparison.Ordinal);
        Assert.Contains("</span> unsourced</span>", html, StringComparison.Ordinal);
        Assert.Contains("Legend", html, StringComparison.Ordinal);
    }
}
