using System.CommandLine;
using LitTracker.Seeding;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker seed</c>: adds the seed data set (idempotent).</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("seed", "Load the seed data set (2 articles, 42 sources, claims and demonstration grading). Adds only what is missing; never changes or deletes stored data.");
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await new SeedLoader(db, cli.Clock).LoadAsync(ct: ct).ConfigureAwait(false);
            await cli.Error.WriteLineAsync(Describe(result)).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static string Describe(SeedResult r) => r.Total == 0
        ? "seed: already loaded; nothing to add."
        : $"seed: added {r.Sources} sources, {r.Articles} articles, {r.References} references, {r.Claims} claims, {r.Citations} citations, {r.Categories} categories.";
}
