using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Service;

/// <summary>
/// <c>load-verify PATH WRITES…</c>: reads the write logs the load test's writers left (lines
/// <c>POST id version</c> and <c>PUT id version</c>, one per acknowledged write) and checks each
/// against the database: the citation exists at that version or later, and the audit trail holds
/// at least as many changes as were acknowledged. Prints the counts; exit code 1 when one is missing.
/// </summary>
public static class LoadVerify
{
    /// <summary>Runs the check and sets the exit code.</summary>
    public static void Run(string[] args)
    {
        var acknowledged = new Dictionary<int, (int Version, int Writes)>();
        var total = 0;
        foreach (var file in args[1..])
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ');
                if (parts.Length != 3 || parts[0] is not ("POST" or "PUT"))
                {
                    continue;
                }

                var id = int.Parse(parts[1], CultureInfo.InvariantCulture);
                var version = int.Parse(parts[2], CultureInfo.InvariantCulture);
                acknowledged[id] = acknowledged.TryGetValue(id, out var seen)
                    ? (Math.Max(seen.Version, version), seen.Writes + 1)
                    : (version, 1);
                total++;
            }
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = args[0], Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var citation = connection.CreateCommand();
        citation.CommandText = "SELECT Version FROM citations WHERE Id = $id";
        var id1 = citation.Parameters.Add("$id", SqliteType.Integer);
        using var trail = connection.CreateCommand();
        trail.CommandText = "SELECT COUNT(*) FROM citation_changes WHERE CitationId = $id";
        var id2 = trail.Parameters.Add("$id", SqliteType.Integer);
        var found = 0;
        var missing = new List<int>();
        foreach (var (id, (version, writes)) in acknowledged)
        {
            id1.Value = id;
            id2.Value = id;
            var stored = citation.ExecuteScalar() is long v ? (int)v : -1;
            var changes = Convert.ToInt32(trail.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (stored >= version && changes >= writes)
            {
                found += writes;
            }
            else
            {
                missing.Add(id);
            }
        }

        var which = missing.Count > 0 ? " (citations " + string.Join(", ", missing.Take(20)) + ")" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-verify: {total} writes acknowledged on {acknowledged.Count} citations; {found} found in the database; {total - found} missing{which}"));
        Environment.ExitCode = total == found ? 0 : 1;
    }
}
