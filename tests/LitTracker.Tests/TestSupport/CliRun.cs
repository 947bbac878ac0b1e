using LitTracker.Cli;

namespace LitTracker.Tests.TestSupport;

/// <summary>Runs the littracker CLI in-process against a database file, capturing stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(TempDatabase db, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", db.Path], output, error, new FixedClock());
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with these environment variables instead of the process's (settings such as LITTRACKER_Metadata__*).</summary>
    public static async Task<CliRun> RunWithEnvironmentAsync(TempDatabase db, System.Collections.IDictionary environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", db.Path], output, error, new FixedClock(), environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static async Task<CliRun> RunWithoutDbAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new FixedClock());
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
