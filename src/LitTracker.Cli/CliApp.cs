using System.CommandLine;
using LitTracker.Cli.Commands;

namespace LitTracker.Cli;

/// <summary>Builds the <c>littracker</c> command tree and runs it against given output streams.</summary>
internal static class CliApp
{
    /// <summary>The root command with every verb.</summary>
    public static RootCommand Build(CliContext cli)
    {
        var root = new RootCommand("LitTracker: check the claims of health articles against their sources, grade the evidence, and produce bibliographies.")
        {
            CliContext.DbOption,
        };
        root.Subcommands.Add(DemoCommand.Create(cli));
        root.Subcommands.Add(SeedCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(SourcesCommand.Create(cli));
        root.Subcommands.Add(ArticlesCommand.Create(cli));
        root.Subcommands.Add(ClaimsCommand.Create(cli));
        root.Subcommands.Add(CiteCommand.Create(cli));
        root.Subcommands.Add(HistoryCommand.Create(cli));
        root.Subcommands.Add(ReportCommand.Create(cli));
        root.Subcommands.Add(AddCommand.Create(cli));
        root.Subcommands.Add(EnrichCommand.Create(cli));
        root.Subcommands.Add(RetractionsCommand.Create(cli));
        root.Subcommands.Add(ImportCommand.Create(cli));
        root.Subcommands.Add(DuplicatesCommand.Create(cli));
        root.Subcommands.Add(ExportCommand.Create(cli));
        root.Subcommands.Add(KeysCommand.Create(cli));
        root.Subcommands.Add(ServeCommand.Create(cli));
        root.Subcommands.Add(FormatCommand.Create(cli));
        root.Subcommands.Add(EvalCommand.Create(cli));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors print one line each and exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock, System.Collections.IDictionary? environment = null, CancellationToken ct = default)
    {
        var cli = new CliContext(output, error, clock);
        if (environment is not null)
        {
            cli = cli with { Environment = environment };
        }

        var parse = Build(cli).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run '{UsageOf(parse)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(invocation, ct).ConfigureAwait(false);
    }

    private static string UsageOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "littracker" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
