using System.CommandLine;
using LitTracker.Checking;
using LitTracker.Cli.Output;
using LitTracker.Grading;
using LitTracker.Reports.Check;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker check [--article ID] [--fail-on …]</c>: verdict and flags per claim, with an exit code for pipelines.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var article = new Option<string?>("--article") { Description = "Only this article (id or key)." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = $"Exit {ExitCodes.CheckFailed} when any claim matches one of these (comma-separated): {string.Join(",", FailOn.Words)}.",
            HelpName = "LIST",
        };
        var format = FormatOption.Data();
        var command = new Command("check", "Check each claim against its sources: evidence grade, verdict, flags and SORT strength.") { article, failOn, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            var conditions = FailOn.Parse(parse.GetValue(failOn));
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var report = await new CheckService(db).CheckAsync(parse.GetValue(article), ct).ConfigureAwait(false);
            Write(cli.Out, report, FormatOption.Parse(parse.GetValue(format)!));
            return await GateAsync(cli, report, conditions).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes the check in the chosen format.</summary>
    public static void Write(TextWriter output, CheckReport report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                CheckReportWriter.Write(output, report, CheckReportFormat.Json);
                break;
            case OutputFormat.Csv:
                CheckReportWriter.Write(output, report, CheckReportFormat.Csv);
                break;
            case OutputFormat.Md:
                CheckReportWriter.Write(output, report, CheckReportFormat.Md);
                break;
            default:
                WriteTable(output, report);
                break;
        }
    }

    private static void WriteTable(TextWriter output, CheckReport report)
    {
        foreach (var a in report.Articles)
        {
            output.WriteLine($"{a.Title} ({a.Key})");
            var unresolved = a.References.Count(r => r.SourceId is null);
            if (unresolved > 0)
            {
                output.WriteLine($"  {unresolved} of {a.References.Count} printed references could not be identified.");
            }

            DataWriter.Write(output, OutputFormat.Table, new Tabular(
                ["key", "claim", "category", "wording", "cited", "best grade", "verdict", "flags", "SORT"],
                a.Claims.Select(c => (IReadOnlyList<string?>)[
                    c.Key, c.Text, c.CategoryLabel,
                    VocabularyNames.Label(c.Wording) + (c.Absolute ? "\nabsolute" : string.Empty),
                    c.Assessment.CitedByArticle ? "yes" : "no",
                    c.Assessment.BestSupportingGrade == Certainty.Unspecified ? "-" : VocabularyNames.Name(c.Assessment.BestSupportingGrade),
                    VocabularyNames.Name(c.Assessment.Verdict),
                    string.Join("\n", VocabularyNames.FlagNames(c.Assessment.Flags)),
                    c.Assessment.Sort.ToString()]).ToList()), new object());
            WriteNotices(output, a);
        }

        var all = report.Articles.SelectMany(a => a.Claims).ToList();
        output.WriteLine("Summary: " + string.Join(", ", all.GroupBy(c => c.Assessment.Verdict).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {VocabularyNames.Name(g.Key)}")) + $" ({all.Count} claims).");
    }

    // Corrections and expressions of concern do not change a verdict, but a reviewer must see them.
    private static void WriteNotices(TextWriter output, ArticleCheck article)
    {
        foreach (var claim in article.Claims)
        {
            foreach (var source in claim.Citations.Select(c => c.Source).DistinctBy(s => s.Id).Where(s => s.Notices.Count > 0))
            {
                var notices = string.Join("; ", source.Notices.OrderBy(n => n.Date ?? DateOnly.MinValue).Select(n =>
                    VocabularyNames.Name(n.Type) + (n.Date is { } d ? " " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                    + (n.NoticeDoi is { } doi ? " " + doi.Value : string.Empty) + $" ({n.Origin})"));
                output.WriteLine($"  notices: {claim.Key} cites '{source.Key}'{(source.IsRetracted ? " (RETRACTED)" : string.Empty)}: {notices}");
            }
        }
    }

    private static async Task<int> GateAsync(CliContext cli, CheckReport report, FailOn conditions)
    {
        var failing = report.Articles.SelectMany(a => a.Claims)
            .Select(c => (c.Key, Matched: conditions.Matches(c.Assessment)))
            .Where(x => x.Matched.Count > 0)
            .ToList();
        if (failing.Count == 0)
        {
            return ExitCodes.Ok;
        }

        await cli.Error.WriteLineAsync(
            $"check failed: {failing.Count} claim(s) match --fail-on {string.Join(",", conditions.Conditions.Order(StringComparer.Ordinal))}: " +
            string.Join("; ", failing.Take(20).Select(f => $"{f.Key} ({string.Join(",", f.Matched)})")) +
            (failing.Count > 20 ? "; …" : string.Empty)).ConfigureAwait(false);
        return ExitCodes.CheckFailed;
    }
}
