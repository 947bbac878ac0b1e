using System.CommandLine;
using LitTracker.Persistence;
using LitTracker.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker serve [--urls …]</c>: starts the web service (API and UI) on the chosen database.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var command = new Command("serve", "Start the web service (API, OpenAPI document and web UI) on the database; seeds it when empty. Ctrl+C stops it.") { urls };
        command.SetBody(cli, async (parse, ct) =>
        {
            var path = DatabasePath.Resolve(parse.GetValue(CliContext.DbOption));
            var app = LitTrackerWebApp.Create(["--urls", parse.GetValue(urls)!, "--Database:Path", path]);
            await using (app.ConfigureAwait(false))
            {
                await cli.Error.WriteLineAsync($"serving {path} at {parse.GetValue(urls)} (Ctrl+C stops)").ConfigureAwait(false);
                await app.StartAsync(ct).ConfigureAwait(false);
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
