using Spectre.Console;

namespace LitTracker.Cli.Output;

/// <summary>
/// A progress bar on stderr for long work: shown only when stderr is the process's own terminal
/// (never redirected, never in tests) and only once the work has run for more than a second.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    /// <summary>True when <paramref name="error"/> is the console's stderr and that is a terminal.</summary>
    public static bool Available(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and, if it outlives a second, shows a bar
    /// whose value (0-1) and label come from <paramref name="read"/>, polled five times a second.
    /// </summary>
    public static async Task<T> RunAsync<T>(TextWriter error, Func<Task<T>> work, Func<(double Fraction, string Label)> read)
    {
        if (!Available(error))
        {
            return await work().ConfigureAwait(false);
        }

        var task = Task.Run(work);
        if (await Task.WhenAny(task, Task.Delay(Delay)).ConfigureAwait(false) == task)
        {
            return await task.ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        await console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var bar = ctx.AddTask("starting", maxValue: 1000);
            while (!task.IsCompleted)
            {
                var (fraction, label) = read();
                bar.Description = Markup.Escape(label);
                bar.Value = Math.Clamp(fraction, 0, 1) * 1000;
                await Task.WhenAny(task, Task.Delay(200)).ConfigureAwait(false);
            }

            bar.Value = 1000;
        }).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }
}
