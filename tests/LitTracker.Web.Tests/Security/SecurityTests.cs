using System.Net;
using System.Net.Http.Json;
using LitTracker.Web.Tests.TestSupport;

namespace LitTracker.Web.Tests.Security;

public sealed class SecurityTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task CreateSource_NoKey_Returns401Problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/sources", new { title = "A title" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CreateSource_RevokedKey_Returns401()
    {
        var secret = await factory.CreateKeyAsync("revoked.reviewer");
        await factory.RevokeKeyAsync("revoked.reviewer");

        var response = await factory.ClientWithKey(secret).PostAsJsonAsync("/api/sources", new { title = "A title" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateSource_WrongSecretWithValidPrefix_Returns401()
    {
        var secret = await factory.CreateKeyAsync("prefix.owner");

        var response = await factory.ClientWithKey(secret[..^4] + "AAAA").PostAsJsonAsync("/api/sources", new { title = "A title" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateSource_XApiKeyHeader_IsAccepted()
    {
        var secret = await factory.CreateKeyAsync("header.user");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        var response = await client.PostAsJsonAsync("/api/sources", new { title = "Header key source", year = 2020 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task CreateSource_BodyOverLimit_Returns413()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("big.body"));
        var body = new StringContent("{\"title\":\"" + new string('x', WebFactory.BodyLimit + 10) + "\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/sources", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task CreateSource_UnknownField_Returns400NamingIt()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("strict.input"));

        var response = await client.PostAsJsonAsync("/api/sources", new { title = "T", colour = "blue" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("colour", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSource_InvalidFields_ReturnsEveryFieldError()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("field.errors"));

        var response = await client.PostAsJsonAsync("/api/sources", new { title = " ", design = "vibes", url = "javascript:alert(1)" });
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("design", out _));
        Assert.True(errors.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task SourcePage_ScriptInTitle_ComesBackEncoded()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("xss.tester"));
        var created = await client.PostAsJsonAsync("/api/sources", new { title = "<script>alert('x')</script> Knee study", key = "xss2021" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var html = await factory.CreateClient().GetStringAsync("/sources/xss2021");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Knee study", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceCsv_FormulaInTitle_IsEscaped()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("csv.tester"));
        await client.PostAsJsonAsync("/api/sources", new { title = "=cmd|' /C calc'!A0", key = "formula2022" });
        var cited = await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c2", source = "formula2022", stance = "contradicts" });
        Assert.Equal(HttpStatusCode.Created, cited.StatusCode);

        var csv = await factory.CreateClient().GetStringAsync("/api/reports/evidence?article=jointpain2024&format=csv");

        Assert.Contains("'=cmd", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", csv, StringComparison.Ordinal);
    }
}
