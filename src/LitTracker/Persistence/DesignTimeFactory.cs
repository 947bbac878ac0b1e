using Microsoft.EntityFrameworkCore.Design;

namespace LitTracker.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LitTrackerDbContext>
{
    public LitTrackerDbContext CreateDbContext(string[] args) =>
        new(LitTrackerDatabase.SqliteOptions("design-time.db"));
}
