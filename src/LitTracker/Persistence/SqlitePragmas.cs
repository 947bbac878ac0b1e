using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LitTracker.Persistence;

/// <summary>
/// Sets the per-connection SQLite settings on every open: a busy timeout, so a writer waits for the
/// one in progress (WAL allows one at a time) instead of failing with SQLITE_BUSY.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's write lock.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>The shared instance (the interceptor holds no state).</summary>
    public static readonly SqlitePragmas Instance = new();

    private static readonly string Sql = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
