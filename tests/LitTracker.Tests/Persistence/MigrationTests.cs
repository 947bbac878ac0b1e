using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LitTracker.Tests.Persistence;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_MatchTheCurrentModel_NoChangeLeftUnmigrated()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot!);
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(),
            db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.Empty(differences);
    }

    [Fact]
    public async Task Migrate_EmptyFile_CreatesEveryTable()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var tables = await db.Database.SqlQueryRawTables();

        foreach (var table in new[] { "sources", "notices", "articles", "references", "claims", "claim_references", "categories", "citations", "citation_changes" })
        {
            Assert.Contains(table, tables);
        }
    }
}

internal static class DatabaseFacadeExtensions
{
    public static async Task<List<string>> SqlQueryRawTables(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        var connection = database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
