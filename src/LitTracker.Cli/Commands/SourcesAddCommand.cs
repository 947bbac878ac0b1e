using System.CommandLine;
using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker sources add</c>: records a source typed by hand.</summary>
internal static class SourcesAddCommand
{
    public static Command Create(CliContext cli)
    {
        var title = new Option<string>("--title") { Description = "Title of the work.", Required = true };
        var key = new Option<string?>("--key") { Description = "Stable key (default: first author's family name + year, e.g. law2019)." };
        var authors = new Option<string[]>("--author", "-a") { Description = "An author as 'Family Initials' (e.g. 'van Wijnen AJ'); repeat in order.", AllowMultipleArgumentsPerToken = false };
        var journal = new Option<string?>("--journal") { Description = "Journal, site or series." };
        var abbreviation = new Option<string?>("--journal-abbrev") { Description = "NLM journal abbreviation, e.g. 'Pain Med'." };
        var year = new Option<int?>("--year") { Description = "Year of publication." };
        var month = new Option<int?>("--month") { Description = "Month of publication (1-12)." };
        var volume = new Option<string?>("--volume") { Description = "Volume." };
        var issue = new Option<string?>("--issue") { Description = "Issue." };
        var pages = new Option<string?>("--pages") { Description = "Pages or article number." };
        var doi = new Option<string?>("--doi") { Description = "DOI, bare or as a doi.org URL." };
        var pmid = new Option<string?>("--pmid") { Description = "PubMed id." };
        var pmcid = new Option<string?>("--pmcid") { Description = "PubMed Central id (PMC…)." };
        var url = new Option<string?>("--url") { Description = "Where it can be read." };
        var accessed = new Option<string?>("--accessed") { Description = "Date a web page was consulted (yyyy-mm-dd)." };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher." };
        var type = new Option<string>("--type") { Description = "journal-article|web-page|report|book|book-chapter|preprint|other.", DefaultValueFactory = _ => "journal-article" };
        var design = new Option<string?>("--design") { Description = "Study design, e.g. rct, systematic-review-of-rcts, cohort, case-series (sets the suggested grade)." };
        var population = new Option<string?>("--population") { Description = "human|animal|in-vitro|mixed|not-applicable." };
        var note = new Option<string?>("--note") { Description = "Your summary of what it found." };

        var command = new Command("add", "Record a source by hand (fetching by DOI/PMID comes with 'littracker add').")
        {
            title, key, authors, journal, abbreviation, year, month, volume, issue, pages, doi, pmid, pmcid, url, accessed, publisher, type, design, population, note,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var accessedText = parse.GetValue(accessed);
            DateOnly? accessedOn = accessedText is null ? null
                : DateOnly.TryParseExact(accessedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw LitTrackerException.Invalid("--accessed", $"--accessed '{accessedText}' is not a date: use yyyy-mm-dd.");
            var draft = new SourceDraft(
                parse.GetValue(title)!,
                parse.GetValue(key),
                CommandRunner.ParseWord<SourceType>(parse.GetValue(type), "--type"),
                CommandRunner.ParseOptionalWord<StudyDesign>(parse.GetValue(design), "--design") ?? StudyDesign.Unspecified,
                CommandRunner.ParseOptionalWord<Population>(parse.GetValue(population), "--population") ?? Population.Unspecified,
                parse.GetValue(authors),
                parse.GetValue(journal),
                parse.GetValue(abbreviation),
                parse.GetValue(year),
                parse.GetValue(month),
                parse.GetValue(volume),
                parse.GetValue(issue),
                parse.GetValue(pages),
                parse.GetValue(doi),
                parse.GetValue(pmid),
                parse.GetValue(pmcid),
                parse.GetValue(url),
                accessedOn,
                parse.GetValue(publisher),
                Note: parse.GetValue(note));

            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var source = await new SourceService(db).AddAsync(draft, ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync(source.Key).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"added source {source.Id} '{source.Key}'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
