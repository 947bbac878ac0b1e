using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Persistence;

/// <summary>Opens the embedded SQLite database: creates or upgrades it with the checked-in migrations, then switches it to WAL.</summary>
public static class LitTrackerDatabase
{
    /// <summary>
    /// EF options for a SQLite file with a busy timeout on every connection. Without
    /// <paramref name="pooling"/> (the CLI) the file is released on dispose; the service pools,
    /// which saves opening the file and reading the schema on every request.
    /// </summary>
    public static DbContextOptions<LitTrackerDbContext> SqliteOptions(string path, bool pooling = false)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = pooling,
            DefaultTimeout = 30,
        }.ToString();
        return new DbContextOptionsBuilder<LitTrackerDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(typeof(LitTrackerDbContext).Assembly.FullName))
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;
    }

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="path"/>, applies pending migrations
    /// and enables WAL. Throws <see cref="DatabaseOpenException"/> with a one-line, actionable message.
    /// </summary>
    public static async Task<LitTrackerDbContext> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DatabaseOpenException($"Cannot open database '{path}': folder '{directory}' does not exist. Create it or pass another --db path.");
        }

        if (Directory.Exists(path))
        {
            throw new DatabaseOpenException($"Cannot open database '{path}': it is a folder. Pass a file path with --db.");
        }

        var db = new LitTrackerDbContext(SqliteOptions(path));
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await UsePageSizeIfNewAsync(db, cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

            // WAL lets readers (the web UI, a second CLI) work while one writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch (SqliteException ex)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw new DatabaseOpenException(Describe(path, ex), ex);
        }
        catch (Exception)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The page size of a database created here (SQLite's default is 4096).</summary>
    public const int PageSize = 8192;

    // A source with an abstract is typically 2-3 KB, and SQLite keeps whole rows on a page: with 4 KB
    // pages most such rows got a page to themselves (half of it empty), which doubled the file and
    // the bulk-import writes. The page size can only be chosen before the first table exists.
    private static async Task UsePageSizeIfNewAsync(LitTrackerDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count;";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA page_size = {PageSize};");
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static string Describe(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => $"Cannot open database '{path}': the file is not a LitTracker (SQLite) database. Pass another --db path.",
        14 => $"Cannot open database '{path}': the file cannot be opened (check permissions). Pass another --db path.",
        8 => $"Cannot open database '{path}': it is read-only. Check its permissions or pass another --db path.",
        5 or 6 => $"Cannot open database '{path}': it is locked by another process. Try again when that process has finished.",
        _ => $"Cannot open database '{path}': {ex.Message}",
    };
}
