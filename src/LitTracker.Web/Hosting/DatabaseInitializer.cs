using LitTracker.Persistence;
using LitTracker.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LitTracker.Web.Hosting;

/// <summary>Creates or upgrades the database before the first request, and seeds it when empty.</summary>
internal sealed partial class DatabaseInitializer(IOptions<DatabaseOptions> options, TimeProvider clock, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        await using var db = await LitTrackerDatabase.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (options.Value.SeedWhenEmpty
            && !await db.Articles.AnyAsync(cancellationToken).ConfigureAwait(false)
            && !await db.Sources.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            var result = await new SeedLoader(db, clock).LoadAsync(ct: cancellationToken).ConfigureAwait(false);
            LogSeeded(logger, path, result.Articles, result.Sources, result.Claims);
        }

        // Refreshes the query planner's statistics where they are missing or stale, so list
        // queries keep their index plans as the ledger grows.
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken).ConfigureAwait(false);
        LogReady(logger, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Path}: {Articles} articles, {Sources} sources, {Claims} claims")]
    private static partial void LogSeeded(ILogger logger, string path, int articles, int sources, int claims);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} is ready")]
    private static partial void LogReady(ILogger logger, string path);
}
