using System.Data.Common;
using System.Globalization;

namespace LitTracker.Import;

/// <summary>
/// The SQLite page cache an import runs with. At SQLite's default (2 MB) a large import evicts the
/// index pages it keeps updating and writes them over and over. 32 MB holds the four source indexes
/// of a 100k-record import; more only adds resident memory: in one transaction the cache fills up
/// with appended table pages that are never read again, so SQLite takes all of it by about 70k
/// records (measured: 100k CSV records cost the same CPU with 64, 32 and 16 MB, and a 64 MB cache
/// was 64 MB of a million-record import's peak). SQLite allocates pages only as it uses them, so
/// small imports pay nothing. Set for the run and put back afterwards: connections may be pooled (the service).
/// </summary>
internal static class ImportCacheSize
{
    /// <summary>The import's page cache in KiB.</summary>
    public const int Kibibytes = 32 * 1024;

    /// <summary>Sets the import cache on <paramref name="connection"/> (open) and returns the setting it replaced.</summary>
    public static Task<long> ApplyAsync(DbConnection connection, CancellationToken ct) => ApplyAsync(connection, Kibibytes, ct);

    /// <summary>Sets a cache of <paramref name="kibibytes"/> on <paramref name="connection"/> (open) and returns the setting it replaced.</summary>
    public static async Task<long> ApplyAsync(DbConnection connection, int kibibytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var previous = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA cache_size;", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await ScalarAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-kibibytes};"), ct).ConfigureAwait(false);
        return previous;
    }

    /// <summary>Puts back <paramref name="previous"/> (from <see cref="ApplyAsync(DbConnection, int, CancellationToken)"/>); SQLite frees the pages above it.</summary>
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
