using System.Data.Common;
using System.Globalization;

namespace LitTracker.Import;

/// <summary>
/// The SQLite page cache an import runs with. At SQLite's default (2 MB) a large import evicts the
/// index pages it keeps updating and writes them over and over; 64 MB holds the indexes of about a
/// million sources (SQLite allocates pages only as it uses them, so small imports pay nothing).
/// Set for the run and put back afterwards: connections may be pooled (the service).
/// </summary>
internal static class ImportCacheSize
{
    /// <summary>The import's page cache in KiB.</summary>
    public const int Kibibytes = 64 * 1024;

    /// <summary>Sets the import cache on <paramref name="connection"/> (open) and returns the setting it replaced.</summary>
    public static async Task<long> ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var previous = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA cache_size;", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-Kibibytes};"), ct).ConfigureAwait(false);
        return previous;
    }

    /// <summary>Puts back <paramref name="previous"/> (from <see cref="ApplyAsync"/>); SQLite frees the pages above it.</summary>
    public static Task RestoreAsync(DbConnection connection, long previous) =>
        ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {previous};"), CancellationToken.None);

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }
    }
}
