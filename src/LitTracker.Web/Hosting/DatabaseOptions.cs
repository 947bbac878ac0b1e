namespace LitTracker.Web.Hosting;

/// <summary>
/// Which database the service uses (section <c>Database</c>). Defaults: provider <c>Sqlite</c>, the
/// file <c>littracker.db</c> in the working folder, seeded on first run when empty.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default). Other providers plug in here.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file (default <c>littracker.db</c>, relative to the working folder).</summary>
    public string Path { get; set; } = LitTracker.Persistence.DatabasePath.DefaultFileName;

    /// <summary>Load the seed data set at start-up when the database holds no article and no source (default true).</summary>
    public bool SeedWhenEmpty { get; set; } = true;
}
