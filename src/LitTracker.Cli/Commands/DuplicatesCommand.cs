using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker duplicates list|merge A B|distinct A B</c>.</summary>
internal static class DuplicatesCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("duplicates", "Find sources that are the same work; merge them, or mark a pair as different works.");
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Merge(cli));
        command.Subcommands.Add(Distinct(cli));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var format = FormatOption.Data();
        var command = new Command("list", "Pairs of sources that look like one work (same DOI or PMID, or a similar title with the same first author and year ±1).") { format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var pairs = await new DuplicateService(db, cli.Clock).ListAsync(ct).ConfigureAwait(false);
            var table = new Tabular(
                ["first", "second", "reason", "score", "first title", "second title"],
                pairs.Select(p => (IReadOnlyList<string?>)[p.FirstKey, p.SecondKey, Reason(p.Match.Reason), Score(p.Match.Score), p.FirstTitle, p.SecondTitle]).ToList())
            {
                WrapColumns = new HashSet<string>(StringComparer.Ordinal) { "first title", "second title" },
            };
            var json = new
            {
                pairs = pairs.Select(p => new { first = p.FirstKey, second = p.SecondKey, reason = Reason(p.Match.Reason), score = Math.Round(p.Match.Score, 3), firstTitle = p.FirstTitle, secondTitle = p.SecondTitle }),
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, json);
            await cli.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{pairs.Count} possible duplicate pair(s). Merge with 'littracker duplicates merge FIRST SECOND', or keep both with 'littracker duplicates distinct FIRST SECOND'.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Merge(CliContext cli)
    {
        var survivor = new Argument<string>("SURVIVOR") { Description = "The source that stays (id, key, DOI or pmid:N)." };
        var absorbed = new Argument<string>("DUPLICATE") { Description = "The source merged into it and then removed." };
        var by = new Option<string?>("--by") { Description = "Who merges (default: $LITTRACKER_USER, else your login name)." };
        var command = new Command("merge", "Merge DUPLICATE into SURVIVOR: the most complete value of each field is kept (your own edits always), and every citation and reference moves over.") { survivor, absorbed, by };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var kept = await new DuplicateService(db, cli.Clock).MergeAsync(parse.GetValue(survivor)!, parse.GetValue(absorbed)!, CliContext.Who(parse.GetValue(by)), ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync(kept.Key).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"merged '{parse.GetValue(absorbed)}' into '{kept.Key}'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Distinct(CliContext cli)
    {
        var a = new Argument<string>("A") { Description = "A source (id, key, DOI or pmid:N)." };
        var b = new Argument<string>("B") { Description = "The other source." };
        var by = new Option<string?>("--by") { Description = "Who decides (default: $LITTRACKER_USER, else your login name)." };
        var command = new Command("distinct", "Record that A and B are different works: the pair is never proposed again.") { a, b, by };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            await new DuplicateService(db, cli.Clock).MarkDistinctAsync(parse.GetValue(a)!, parse.GetValue(b)!, CliContext.Who(parse.GetValue(by)), ct).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"'{parse.GetValue(a)}' and '{parse.GetValue(b)}' are marked as different works.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Reason(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameDoi => "same-doi",
        DuplicateReason.SamePmid => "same-pmid",
        DuplicateReason.SameTitleDifferentPmid => "same-title-different-pmid",
        _ => "similar-title",
    };

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
