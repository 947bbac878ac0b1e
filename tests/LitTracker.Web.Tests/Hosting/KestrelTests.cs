using System.Net;
using LitTracker.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LitTracker.Web.Tests.Hosting;

public sealed class KestrelTests
{
    [Fact]
    public async Task Create_RealKestrelOnLoopback_ServesSeededApi()
    {
        var folder = Directory.CreateTempSubdirectory("littracker-kestrel-").FullName;
        try
        {
            await using var app = LitTrackerWebApp.Create(["--urls", "http://127.0.0.1:0", "--Database:Path", Path.Combine(folder, "k.db")]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            var health = await client.GetAsync("/health");
            var articles = await client.GetStringAsync("/api/articles");

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("jointpain2024", articles, StringComparison.Ordinal);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
