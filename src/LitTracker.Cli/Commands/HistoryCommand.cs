using System.CommandLine;
using System.Globalization;
using LitTracker.Citations;
using LitTracker.Cli.Output;
using LitTracker.Grading;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker history CLAIM</c>: every change to a claim's citations, oldest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext cli)
    {
        var claim = new Argument<string>("CLAIM") { Description = "Claim id or key." };
        var format = FormatOption.Data();
        var command = new Command("history", "Show the audit trail of a claim's citations: who changed what, when.") { claim, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var entries = await new HistoryService(db).ForClaimAsync(parse.GetValue(claim)!, ct).ConfigureAwait(false);
            var table = new Tabular(
                ["#", "when (UTC)", "who", "what", "citation", "source", "origin", "stance", "grade", "rationale"],
                entries.Select(e => (IReadOnlyList<string?>)[
                    e.Change.Id.ToString(CultureInfo.InvariantCulture),
                    e.Change.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    e.Change.By, VocabularyNames.Name(e.Change.Kind), e.Change.CitationId.ToString(CultureInfo.InvariantCulture),
                    e.SourceKey, VocabularyNames.Name(e.Change.Origin), VocabularyNames.Name(e.Change.Stance),
                    VocabularyNames.Name(e.Change.Grade), e.Change.Rationale]).ToList());
            var json = new
            {
                history = entries.Select(e => new
                {
                    e.Change.Id,
                    At = e.Change.At.ToString("O", CultureInfo.InvariantCulture),
                    e.Change.By,
                    Kind = VocabularyNames.Name(e.Change.Kind),
                    e.Change.CitationId,
                    Source = e.SourceKey,
                    Origin = VocabularyNames.Name(e.Change.Origin),
                    Stance = VocabularyNames.Name(e.Change.Stance),
                    Grade = VocabularyNames.Name(e.Change.Grade),
                    Outcome = VocabularyNames.Name(e.Change.Outcome),
                    e.Change.Locator,
                    e.Change.Rationale,
                }),
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, json);
            return ExitCodes.Ok;
        });
        return command;
    }
}
