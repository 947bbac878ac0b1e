using System.CommandLine;
using LitTracker.Persistence;

namespace LitTracker.Cli;

/// <summary>What every command needs from its host: output streams, the clock, and the database.</summary>
/// <param name="Out">Data (stdout).</param>
/// <param name="Error">Diagnostics and progress (stderr).</param>
/// <param name="Clock">The clock (tests pass a fixed one).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock)
{
    /// <summary>Environment variables the command reads settings from (tests pass their own).</summary>
    public System.Collections.IDictionary Environment { get; init; } = System.Environment.GetEnvironmentVariables();

    /// <summary>True when stderr is a terminal a progress bar can redraw.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The database file; recursive, so it works before or after the verb.</summary>
    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = $"SQLite database file (default: ${DatabasePath.EnvironmentVariable}, else ./{DatabasePath.DefaultFileName}). Created if missing.",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary>Opens (creating and migrating if needed) the database chosen by --db / LITTRACKER_DB.</summary>
    public static Task<LitTrackerDbContext> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return LitTrackerDatabase.OpenAsync(DatabasePath.Resolve(parse.GetValue(DbOption)), ct);
    }

    /// <summary>Who is acting: --by, else LITTRACKER_USER, else the login name.</summary>
    public static string Who(string? by) =>
        !string.IsNullOrWhiteSpace(by) ? by.Trim()
        : System.Environment.GetEnvironmentVariable("LITTRACKER_USER") is { Length: > 0 } user ? user
        : System.Environment.UserName;
}
