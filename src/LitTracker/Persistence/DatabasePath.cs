namespace LitTracker.Persistence;

/// <summary>Where the embedded database lives: <c>--db PATH</c>, else <c>LITTRACKER_DB</c>, else <c>littracker.db</c> here.</summary>
public static class DatabasePath
{
    /// <summary>The environment variable naming the database file.</summary>
    public const string EnvironmentVariable = "LITTRACKER_DB";

    /// <summary>The file used when nothing else is given.</summary>
    public const string DefaultFileName = "littracker.db";

    /// <summary>Resolves the database path from an explicit option, the environment, or the default.</summary>
    public static string Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : environment(EnvironmentVariable) is { Length: > 0 } env ? env
            : DefaultFileName;
        return Path.GetFullPath(chosen);
    }
}
