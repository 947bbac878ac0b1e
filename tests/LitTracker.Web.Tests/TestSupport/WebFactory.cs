using System.Net.Http.Headers;
using LitTracker.Persistence;
using LitTracker.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LitTracker.Web.Tests.TestSupport;

/// <summary>The service on a temporary SQLite file, seeded at start-up like a first run.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public WebFactory()
    {
        Folder = Directory.CreateTempSubdirectory("littracker-web-").FullName;
        DatabasePath = Path.Combine(Folder, "web.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>Body limit in bytes the tests run with.</summary>
    public const int BodyLimit = 4096;

    /// <summary>Creates an API key and returns its secret.</summary>
    public async Task<string> CreateKeyAsync(string name)
    {
        _ = Services; // the host (and its start-up seeding) exists before the key is written
        await using var db = await LitTrackerDatabase.OpenAsync(DatabasePath);
        return (await new ApiKeyService(db, TimeProvider.System).CreateAsync(name)).Secret;
    }

    /// <summary>Revokes a key.</summary>
    public async Task RevokeKeyAsync(string name)
    {
        await using var db = await LitTrackerDatabase.OpenAsync(DatabasePath);
        await new ApiKeyService(db, TimeProvider.System).RevokeAsync(name);
    }

    /// <summary>A client that sends <paramref name="secret"/> as a bearer token.</summary>
    public HttpClient ClientWithKey(string secret)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Security:MaxRequestBodyBytes", BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:WritesPerMinute", "1000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still finalising; the OS cleans temp folders.
        }
    }
}
