using System.CommandLine;
using LitTracker.Persistence;

namespace LitTracker.Cli;

/// <summary>
/// Runs a command body and turns failures into one line on stderr and a named exit code.
/// Nothing is half-written: every use case commits its writes in one transaction or not at all.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="command"/>'s action to run <paramref name="body"/> with error mapping.</summary>
    public static void SetBody(this Command command, CliContext cli, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await body(parse, ct).ConfigureAwait(false);
            }
            catch (LitTrackerException ex)
            {
                await cli.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ex.Kind switch
                {
                    ErrorKind.NotFound => ExitCodes.NotFound,
                    ErrorKind.Conflict => ExitCodes.Conflict,
                    _ => ExitCodes.InvalidInput,
                };
            }
            catch (DatabaseOpenException ex)
            {
                await cli.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.DatabaseUnavailable;
            }
            catch (InvalidDataException ex)
            {
                await cli.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (OperationCanceledException)
            {
                await cli.Error.WriteLineAsync("cancelled; nothing was written by the interrupted step.").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }
        });
    }

    /// <summary>Parses a vocabulary word (e.g. a grade) or throws InvalidInput listing the accepted words.</summary>
    public static T ParseWord<T>(string? text, string option)
        where T : struct, Enum =>
        Grading.VocabularyNames.TryParse<T>(text, out var value)
            ? value
            : throw LitTrackerException.Invalid(option, $"{option} '{text}' is not one of: {string.Join(", ", Grading.VocabularyNames.Names<T>())}.");

    /// <summary>Parses an optional vocabulary word.</summary>
    public static T? ParseOptionalWord<T>(string? text, string option)
        where T : struct, Enum =>
        text is null ? null : ParseWord<T>(text, option);
}
