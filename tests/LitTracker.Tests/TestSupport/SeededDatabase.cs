using LitTracker.Persistence;
using LitTracker.Seeding;

namespace LitTracker.Tests.TestSupport;

/// <summary>A temporary database with the seed loaded.</summary>
public static class SeededDatabase
{
    public static async Task<LitTrackerDbContext> OpenAsync(TempDatabase temp, TimeProvider? clock = null)
    {
        var db = await temp.OpenAsync();
        await new SeedLoader(db, clock ?? new FixedClock()).LoadAsync();
        db.ChangeTracker.Clear();
        return db;
    }
}
