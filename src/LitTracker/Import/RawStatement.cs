using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LitTracker.Import;

/// <summary>
/// One prepared statement on the native handle of an open <see cref="SqliteConnection"/>, bound by
/// parameter index (1-based, as in SQLite). <see cref="SqliteCommand"/> looks every parameter up by
/// name and converts its value on each execution, which costs as much as SQLite's own insert on the
/// bulk-import path. It runs inside whatever transaction the connection has open (EF's).
/// </summary>
internal sealed class RawStatement : IDisposable
{
    // A zero-length span binds as NULL (its pointer is null): the empty string needs a real terminator.
    private static readonly byte[] EmptyText = [0];

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _scratch = new byte[1024];

    /// <summary>Prepares <paramref name="sql"/> on <paramref name="connection"/>, which must be open.</summary>
    public RawStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open to prepare a statement.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            _statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>Stopwatch ticks spent in <see cref="Execute"/> (stepping the statement).</summary>
    public long StepTicks { get; private set; }

    /// <summary>Binds UTF-8 text (SQLite copies it).</summary>
    public void BindText(int index, ReadOnlySpan<byte> utf8) => Check(utf8.IsEmpty
        ? raw.sqlite3_bind_text(_statement, index, utf8z.FromSpan(EmptyText))
        : raw.sqlite3_bind_text(_statement, index, utf8));

    /// <summary>Binds text, or NULL for null.</summary>
    public void BindText(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _scratch.Length)
        {
            _scratch = new byte[Math.Max(most, _scratch.Length * 2)];
        }

        BindText(index, _scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, _scratch)));
    }

    /// <summary>Binds an integer.</summary>
    public void BindInt64(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds NULL.</summary>
    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>
    /// Runs the statement (one that returns no rows) and resets it for the next execution; bindings
    /// stay. A failing step throws the <see cref="SqliteException"/> that <see cref="SqliteCommand"/> would.
    /// </summary>
    public void Execute()
    {
        var start = Stopwatch.GetTimestamp();
        var rc = raw.sqlite3_step(_statement);
        StepTicks += Stopwatch.GetTimestamp() - start;
        if (rc == raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            return;
        }

        try
        {
            // The error message is read before the reset.
            if (rc == raw.SQLITE_ROW)
            {
                throw new InvalidOperationException("The statement returned rows; Execute is for statements that return none.");
            }

            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The rowid of the last row this connection inserted.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
