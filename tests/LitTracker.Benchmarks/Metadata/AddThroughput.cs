using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LitTracker.Metadata.Adding;
using LitTracker.Metadata.Http;
using LitTracker.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LitTracker.Benchmarks.Metadata;

/// <summary>
/// <c>add --from-file</c> with N DOIs against a local Kestrel server that answers every Crossref
/// request after 50 ms: throughput against the configured rate, and the largest number of requests
/// that started within any one-second window (must not exceed the rate).
/// </summary>
public static class AddThroughput
{
    /// <summary>Server-side latency per request.</summary>
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);

    /// <summary>Runs with N (default 1000) identifiers at RATE requests/s (default 50) and prints the figures.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var result = await MeasureAsync(n, rate);
        Console.WriteLine(result);
    }

    /// <summary>One measurement.</summary>
    public static async Task<ThroughputResult> MeasureAsync(int identifiers, double rate)
    {
        var arrivals = new ConcurrentQueue<long>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/works/{**doi}", async (string doi, CancellationToken ct) =>
        {
            arrivals.Enqueue(Stopwatch.GetTimestamp());
            await Task.Delay(Latency, ct);
            var n = doi[(doi.LastIndexOf('.') + 1)..];
            return Results.Text(
                $$$"""{"status":"ok","message-type":"work","message":{"DOI":"{{{doi}}}","type":"journal-article","title":["Synthetic work {{{n}}}"],"author":[{"family":"Bench","given":"A"}],"issued":{"date-parts":[[2020,1,2]]},"container-title":["Journal of Benchmarks"]}}""",
                "application/json");
        });
        await app.StartAsync();

        var folder = Directory.CreateTempSubdirectory("littracker-bench-");
        try
        {
            var options = new MetadataOptions
            {
                CrossrefBaseUrl = new Uri(app.Urls.First()),
                CrossrefRequestsPerSecond = rate,
                LookupCrossIds = false,
            };
            using var registries = new OnlineRegistries(options, TimeProvider.System);
            await using var db = await LitTrackerDatabase.OpenAsync(Path.Combine(folder.FullName, "bench.db"));
            using var service = new AddService(db, registries, TimeProvider.System, crossLookups: false);
            var ids = Enumerable.Range(1, identifiers).Select(i => $"10.5555/bench.{i}").ToList();

            var clock = Stopwatch.StartNew();
            var outcomes = await service.AddManyAsync(ids, options.MaxConcurrentRequests);
            var elapsed = clock.Elapsed;

            var times = arrivals.Select(t => (double)t / Stopwatch.Frequency).Order().ToArray();
            var maxInWindow = 0;
            for (int i = 0, j = 0; i < times.Length; i++)
            {
                while (times[i] - times[j] >= 1.0)
                {
                    j++;
                }

                maxInWindow = Math.Max(maxInWindow, i - j + 1);
            }

            var minGap = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Min();
            return new ThroughputResult(identifiers, rate, outcomes.Count(o => o.Status == AddStatus.Added), elapsed, identifiers / elapsed.TotalSeconds, maxInWindow, TimeSpan.FromSeconds(minGap));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            await app.StopAsync();
        }
    }
}

/// <summary>The figures of one run.</summary>
/// <param name="Identifiers">Identifiers given.</param>
/// <param name="Rate">Configured Crossref rate (requests/s).</param>
/// <param name="Added">Sources stored.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="PerSecond">Identifiers per second.</param>
/// <param name="MaxInAnySecond">Most requests started within any one-second window.</param>
/// <param name="MinGap">Smallest gap between two request arrivals at the server.</param>
public sealed record ThroughputResult(int Identifiers, double Rate, int Added, TimeSpan Elapsed, double PerSecond, int MaxInAnySecond, TimeSpan MinGap)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Identifiers} DOIs at {Rate}/s, 50 ms latency: {Added} added in {Elapsed.TotalSeconds:F1} s = {PerSecond:F1}/s ({PerSecond / Rate:P0} of the limit); at most {MaxInAnySecond} requests in any 1 s window; smallest gap {MinGap.TotalMilliseconds:F1} ms");
}
