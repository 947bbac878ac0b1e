using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Security;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker keys create NAME|list|revoke NAME</c>: API keys for the service's write endpoints.</summary>
internal static class KeysCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("keys", "Create, list and revoke the API keys the web service accepts for writes (the key's name is recorded as the reviewer).");
        command.Subcommands.Add(CreateKey(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Revoke(cli));
        return command;
    }

    private static Command CreateKey(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "Who uses the key, e.g. jane.editor (letters, digits, '.', '-', '_', '@')." };
        var command = new Command("create", "Create a key and print its secret once (only a hash is stored).") { name };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var created = await new ApiKeyService(db, cli.Clock).CreateAsync(parse.GetValue(name)!, ct).ConfigureAwait(false);
            // The secret alone on stdout, so scripts can capture it; the advice goes to stderr.
            await cli.Out.WriteLineAsync(created.Secret).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"key '{created.Key.Name}' created ({created.Key.Prefix}…). Store the secret now: it is not shown again. Send it as 'Authorization: Bearer SECRET' or 'X-Api-Key: SECRET'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var format = FormatOption.Data();
        var command = new Command("list", "List keys (name, prefix, created, revoked); secrets are never shown.") { format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var keys = await new ApiKeyService(db, cli.Clock).ListAsync(ct).ConfigureAwait(false);
            var table = new Tabular(
                ["name", "prefix", "created", "revoked"],
                keys.Select(k => (IReadOnlyList<string?>)[k.Name, k.Prefix, Time(k.CreatedAt), k.RevokedAt is { } r ? Time(r) : null]).ToList());
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new { keys });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The key's name." };
        var command = new Command("revoke", "Revoke a key: the service refuses it from now on (its name stays in the history).") { name };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var key = await new ApiKeyService(db, cli.Clock).RevokeAsync(parse.GetValue(name)!, ct).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"key '{key.Name}' revoked at {Time(key.RevokedAt!.Value)} UTC.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
