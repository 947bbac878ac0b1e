using System.Diagnostics;
using System.Globalization;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;

namespace LitTracker.Import;

/// <summary>
/// The bulk-import hot path: one prepared INSERT reused for every new source, on the connection EF
/// owns and inside EF's transaction. EF Core 6 would send an INSERT and an id SELECT per entity
/// through its change tracker (about 5× slower here, see STYLE.md); every other write stays on EF.
/// Column values are converted with the same converters as the EF mapping, so rows read back
/// identically.
/// </summary>
internal sealed class SourceInserter : IDisposable
{
    private static readonly string[] Columns =
    [
        "Key", "Type", "Design", "DesignDetail", "Population", "Authors", "AuthorsIncomplete", "Title", "Container",
        "ContainerAbbreviation", "Year", "Month", "Day", "Volume", "Issue", "Pages", "Doi", "Pmid", "Pmcid", "Url",
        "AccessedOn", "Publisher", "Abstract", "Note", "TitleKey", "Provenance",
    ];

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _values;
    private readonly SqliteCommand _notice;
    private readonly SqliteConnection _connection;

    // Imported records share a handful of provenance shapes (which fields were filled): serialise each once.
    private readonly Dictionary<long, string> _provenance = [];

    /// <summary>Stopwatch ticks spent executing the source inserts (see <see cref="ImportTimings"/>).</summary>
    public long StepTicks { get; private set; }

    public SourceInserter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = $"INSERT INTO sources ({string.Join(", ", Columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        _values = Columns.Select((_, i) => Parameter(_insert, "$p" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        _insert.Prepare();

        _notice = connection.CreateCommand();
        _notice.Transaction = transaction;
        _notice.CommandText = "INSERT INTO notices (\"SourceId\", \"Type\", \"Date\", \"NoticeDoi\", \"Origin\", \"Reason\") VALUES ($s, $t, $d, $n, $o, $r);";
        foreach (var name in new[] { "$s", "$t", "$d", "$n", "$o", "$r" })
        {
            Parameter(_notice, name);
        }

        _notice.Prepare();
    }

    /// <summary>Stores <paramref name="s"/> (key, title key and provenance already set) and its notices; sets and returns its id.</summary>
    public int Insert(Source s)
    {
        object?[] row =
        [
            s.Key, s.Type.ToString(), s.Design.ToString(), s.DesignDetail, s.Population.ToString(),
            Converters.Authors.ConvertToProvider(s.Authors), s.AuthorsIncomplete ? 1 : 0, s.Title, s.Container,
            s.ContainerAbbreviation, s.Year, s.Month, s.Day, s.Volume, s.Issue, s.Pages, s.Doi?.Value, s.Pmid?.Value, s.Pmcid?.Value, s.Url,
            s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Publisher, s.Abstract, s.Note, s.TitleKey,
            ProvenanceJson(s.Provenance),
        ];
        for (var i = 0; i < row.Length; i++)
        {
            _values[i].Value = row[i] ?? DBNull.Value;
        }

        var start = Stopwatch.GetTimestamp();
        _insert.ExecuteNonQuery();
        StepTicks += Stopwatch.GetTimestamp() - start;

        // Not RETURNING: reading a result row makes each insert about three times slower here.
        s.Id = checked((int)SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle));

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

    private string ProvenanceJson(Dictionary<SourceField, FieldOrigin> provenance)
    {
        // Only an all-Import map in field order is cached: the JSON then depends on the field set alone.
        long mask = 0;
        var last = -1;
        foreach (var (field, origin) in provenance)
        {
            var bit = (int)field;
            if (origin != FieldOrigin.Import || bit <= last || bit >= 64)
            {
                return (string)Converters.Provenance.ConvertToProvider(provenance)!;
            }

            mask |= 1L << bit;
            last = bit;
        }

        if (!_provenance.TryGetValue(mask, out var json))
        {
            json = (string)Converters.Provenance.ConvertToProvider(provenance)!;
            _provenance[mask] = json;
        }

        return json;
    }

    // No declared type: each value binds as what it is (integer, text or null), like EF's own commands.
    private static SqliteParameter Parameter(SqliteCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _notice.Dispose();
    }
}
