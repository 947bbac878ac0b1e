namespace LitTracker.Cli;

/// <summary>Entry point of the <c>littracker</c> command.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, ct: cancel.Token).ConfigureAwait(false);
    }
}
