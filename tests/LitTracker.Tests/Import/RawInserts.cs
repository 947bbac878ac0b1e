using LitTracker.Import;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LitTracker.Tests.Import;

/// <summary>Writes sources the way the import does: one <see cref="SourceInserter"/> inside one committed EF transaction.</summary>
internal static class RawInserts
{
    public static async Task InsertAsync(TempDatabase temp, IEnumerable<Source> sources, Action<SourceInserter, Source> insert)
    {
        await using var db = await temp.OpenAsync();
        await db.Database.OpenConnectionAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        using (var inserter = new SourceInserter((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)tx.GetDbTransaction()))
        {
            foreach (var source in sources)
            {
                insert(inserter, source);
            }
        }

        await tx.CommitAsync();
    }
}
