using System.Net;
using System.Net.Http.Json;
using LitTracker.Claims;
using LitTracker.Persistence;
using LitTracker.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Tests.Api;

public sealed class CitationEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task CreateCitation_UnsourcedClaim_RecordsKeyNameAndChangesVerdict()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("ana.reviewer"));

        var response = await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c3", source = "law2019", stance = "supports", grade = "moderate", rationale = "Consistent human data." });
        var json = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var result = json.GetProperty("result");
        Assert.Equal("ana.reviewer", result.GetProperty("citation").GetProperty("by").GetString());
        Assert.NotEqual("unsourced", result.GetProperty("claim").GetProperty("verdict").GetString());
        var history = await Json.ReadAsync(await client.GetAsync("/api/claims/jointpain2024-c3"));
        Assert.Contains(history.GetProperty("history").EnumerateArray(), h => h.GetProperty("by").GetString() == "ana.reviewer");
    }

    [Fact]
    public async Task CreateCitation_ClaimWaitingForReview_Returns201WithItsVerdict()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("review.writer"));
        await using (var db = await LitTrackerDatabase.OpenAsync(factory.DatabasePath))
        {
            var claim = await db.Claims.SingleAsync(c => c.Key == "jointpain2024-c11");
            claim.Status = ReviewStatus.Suggested;
            await db.SaveChangesAsync();
        }

        var response = await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c11", source = "law2019", stance = "supports" });
        var json = await Json.ReadAsync(response);

        // Before, the write was stored and then answered 500: the claim was not in its article's check.
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("jointpain2024-c11", json.GetProperty("result").GetProperty("claim").GetProperty("key").GetString());
    }

    [Fact]
    public async Task ChangeCitation_TwoReviewersSameVersion_SecondGets409WithCurrentState()
    {
        var first = factory.ClientWithKey(await factory.CreateKeyAsync("first.reviewer"));
        var second = factory.ClientWithKey(await factory.CreateKeyAsync("second.reviewer"));
        var created = await Json.ReadAsync(await first.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c4", source = "law2019", stance = "supports" }));
        var id = created.GetProperty("result").GetProperty("citation").GetProperty("id").GetInt32();

        var one = new HttpRequestMessage(HttpMethod.Put, $"/api/citations/{id}") { Content = JsonContent.Create(new { locator = "Table 2" }) };
        one.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var firstChange = await first.SendAsync(one);
        var secondChange = await second.PutAsJsonAsync($"/api/citations/{id}", new { locator = "Figure 1", version = 1 });
        var problem = await Json.ReadAsync(secondChange);

        Assert.Equal(HttpStatusCode.OK, firstChange.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondChange.StatusCode);
        var current = problem.GetProperty("current");
        Assert.Equal("Table 2", current.GetProperty("locator").GetString());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ChangeCitation_NoVersion_Returns428()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("no.version"));
        var created = await Json.ReadAsync(await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c5", source = "law2019", stance = "supports" }));
        var id = created.GetProperty("result").GetProperty("citation").GetProperty("id").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/citations/{id}", new { locator = "p. 4" });

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task CreateCitation_AlreadyCited_Returns409PointingToTheCitation()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("duplicate.cite"));
        await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c6", source = "law2019", stance = "supports" });

        var again = await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c6", source = "law2019", stance = "contradicts" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("supports", (await Json.ReadAsync(again)).GetProperty("current").GetProperty("stance").GetString());
    }

    [Fact]
    public async Task DeleteCitation_CurrentVersion_RemovesItAndKeepsHistory()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("deleter"));
        var created = await Json.ReadAsync(await client.PostAsJsonAsync("/api/citations", new { claim = "jointpain2024-c9", source = "law2019", stance = "supports" }));
        var id = created.GetProperty("result").GetProperty("citation").GetProperty("id").GetInt32();

        var stale = await client.DeleteAsync($"/api/citations/{id}?version=7");
        var deleted = await client.DeleteAsync($"/api/citations/{id}?version=1");
        var claim = await Json.ReadAsync(await client.GetAsync("/api/claims/jointpain2024-c9"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/citations/{id}")).StatusCode);
        Assert.Contains(claim.GetProperty("history").EnumerateArray(), h => h.GetProperty("change").GetString() == "deleted" && h.GetProperty("by").GetString() == "deleter");
    }

    [Fact]
    public async Task UpdateSource_StaleIfMatch_Returns409()
    {
        var client = factory.ClientWithKey(await factory.CreateKeyAsync("source.editor"));
        var created = await client.PostAsJsonAsync("/api/sources", new { title = "Editable source", key = "editable2020", year = 2020 });
        var etag = created.Headers.ETag?.Tag ?? (await client.GetAsync("/api/sources/editable2020")).Headers.ETag!.Tag;

        var update = new HttpRequestMessage(HttpMethod.Put, "/api/sources/editable2020") { Content = JsonContent.Create(new { title = "Edited source", year = 2021 }) };
        update.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var ok = await client.SendAsync(update);
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/sources/editable2020") { Content = JsonContent.Create(new { title = "Lost edit" }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var conflict = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Edited source", (await Json.ReadAsync(conflict)).GetProperty("current").GetProperty("title").GetString());
    }

    [Fact]
    public async Task ClaimForm_ValidKey_AddsCitationAndRedirects()
    {
        var secret = await factory.CreateKeyAsync("form.user");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/claims/jointpain2024-c8/citations", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["source"] = "law2019",
            ["stance"] = "supports",
            ["origin"] = "reviewer",
            ["key"] = secret,
        }));
        var bad = await client.PostAsync("/claims/jointpain2024-c8/citations", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["source"] = "law2019",
            ["stance"] = "supports",
            ["key"] = "lt_wrong",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Contains("form.user", await client.GetStringAsync("/claims/jointpain2024-c8"), StringComparison.Ordinal);
    }
}
