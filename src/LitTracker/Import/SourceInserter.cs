using System.Globalization;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;

namespace LitTracker.Import;

/// <summary>
/// The bulk-import hot path: one prepared INSERT (<see cref="RawStatement"/>, bound by index) reused
/// for every new source, on the connection EF owns and inside EF's transaction. EF Core 6 would send
/// an INSERT and an id SELECT per entity through its change tracker (about 5× slower here, see
/// STYLE.md); every other write stays on EF. The values come converted and encoded
/// (<see cref="SourceRow"/>, built on the parse thread), so rows read back as EF wrote them.
/// </summary>
internal sealed class SourceInserter : IDisposable
{
    private readonly RawStatement _insert;
    private readonly SqliteCommand _notice;

    // For Insert(Source) only; the import builds its rows on the parse thread.
    private readonly SourceRowWriter _rows = new();

    public SourceInserter(SqliteConnection connection, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _insert = new RawStatement(connection, InsertSql);

        // Notices are rare in import files: the plain command is fast enough.
        _notice = connection.CreateCommand();
        _notice.Transaction = transaction;
        _notice.CommandText = "INSERT INTO notices (\"SourceId\", \"Type\", \"Date\", \"NoticeDoi\", \"Origin\", \"Reason\") VALUES ($s, $t, $d, $n, $o, $r);";
        foreach (var name in new[] { "$s", "$t", "$d", "$n", "$o", "$r" })
        {
            var parameter = _notice.CreateParameter();
            parameter.ParameterName = name;
            _notice.Parameters.Add(parameter);
        }

        _notice.Prepare();
    }

    /// <summary>The INSERT with one positional parameter per <see cref="SourceRow.Columns"/> entry.</summary>
    public static string InsertSql { get; } =
        $"INSERT INTO sources ({string.Join(", ", SourceRow.Columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", SourceRow.Columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))});";

    /// <summary>Stopwatch ticks spent stepping the source inserts (see <see cref="ImportTimings"/>).</summary>
    public long StepTicks => _insert.StepTicks;

    /// <summary>Stores <paramref name="s"/> (key, title key and provenance already set) and its notices; sets and returns its id.</summary>
    public int Insert(Source s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Insert(s, _rows.Write(s, s.TitleKey, s.Provenance));
    }

    /// <summary>Stores <paramref name="s"/> with the values of <paramref name="row"/> and the key <c>s.Key</c>, and its notices; sets and returns its id.</summary>
    public int Insert(Source s, SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(row);
        _insert.BindText(1, s.Key);
        for (var column = 1; column < SourceRow.Columns.Length; column++)
        {
            var cell = row[column];
            switch (cell.Kind)
            {
                case SourceRow.CellKind.Text:
                    _insert.BindText(column + 1, row.Utf8(cell));
                    break;
                case SourceRow.CellKind.Integer:
                    _insert.BindInt64(column + 1, cell.Integer);
                    break;
                default:
                    _insert.BindNull(column + 1);
                    break;
            }
        }

        _insert.Execute();

        // Not RETURNING: reading a result row makes each insert about three times slower here.
        s.Id = checked((int)_insert.LastInsertRowId);

        foreach (var n in s.Notices)
        {
            n.SourceId = s.Id;
            _notice.Parameters[0].Value = s.Id;
            _notice.Parameters[1].Value = n.Type.ToString();
            _notice.Parameters[2].Value = (object?)n.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value;
            _notice.Parameters[3].Value = (object?)n.NoticeDoi?.Value ?? DBNull.Value;
            _notice.Parameters[4].Value = n.Origin;
            _notice.Parameters[5].Value = (object?)n.Reason ?? DBNull.Value;
            _notice.ExecuteNonQuery();
        }

        return s.Id;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _notice.Dispose();
    }
}
