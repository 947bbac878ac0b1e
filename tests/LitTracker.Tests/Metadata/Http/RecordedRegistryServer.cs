using System.Collections.Concurrent;
using LitTracker.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LitTracker.Tests.Metadata.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving the recorded Crossref and NCBI bodies from
/// ../shared in place, plus injected faults: /flaky (503 with Retry-After once per path), /slow,
/// /broken (500); and for any path, a prefix /f/{fault}/ with fault one of 500, 429 (once, with
/// Retry-After: 1), slow (5 s), html (an HTML error page with status 200), truncated (half the
/// body), reset (connection aborted). efetch serves the recorded file holding the PMID asked for
/// (an empty set when none does); esearch for "DOI[doi]" answers the PMIDs whose recorded record has that DOI.
/// </summary>
internal sealed class RecordedRegistryServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RecordedRegistryServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<HttpRequestRecord> Requests { get; } = new();

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public Uri BaseUrl => new(app.Urls.First());

    public Uri At(string prefix) => new(BaseUrl, prefix);

    public static async Task<RecordedRegistryServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordedRegistryServer(app);

        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue(new HttpRequestRecord(context.Request.Path, context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.UserAgent.ToString()));
            server.Hits.AddOrUpdate(context.Request.Path, 1, (_, n) => n + 1);
            await next(context);
        });
        app.Use(Faults.InjectAsync);
        app.UseRouting();

        app.MapGet("/works/{**doi}", (string doi) => Work(doi));
        app.MapGet("/flaky/works/{**doi}", (HttpContext context, string doi) =>
        {
            if (server.Hits[context.Request.Path] == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(503);
            }

            return Work(doi);
        });
        app.MapGet("/slow/works/{**doi}", async (string doi, CancellationToken token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), token);
            return Work(doi);
        });
        app.MapGet("/broken/works/{**doi}", () => Results.StatusCode(500));
        app.MapGet("/eutils/efetch.fcgi", (string id) => RecordedPubMed.Efetch(id));
        app.MapGet("/eutils/esearch.fcgi", (string term) => RecordedPubMed.Esearch(term));
        app.MapGet("/eutils/esummary.fcgi", () => File("ncbi", "esummary-json", "esummary_pubmed_40642746.json", "application/json"));

        await app.StartAsync();
        return server;
    }

    private static IResult Work(string doi)
    {
        var path = SharedData.Path("testdata", "crossref", "works", "habanero_" + doi.Replace('/', '_') + ".json");
        return System.IO.File.Exists(path)
            ? Results.Text(System.IO.File.ReadAllText(path), "application/json")
            : Results.Text(System.IO.File.ReadAllText(SharedData.Path("testdata", "crossref", "other", "habanero_10.1371_notarealdoi_404_body.txt")), "text/plain", statusCode: 404);
    }

    internal static IResult File(string folder, string sub, string name, string contentType) =>
        Results.Text(System.IO.File.ReadAllText(SharedData.Path("testdata", folder, sub, name)), contentType);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record HttpRequestRecord(string Path, string Query, string UserAgent);
