using System.CommandLine;
using System.Globalization;
using LitTracker.Cli.Output;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker sources list|show|add</c>.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("sources", "List, show and add sources (papers, reviews, guidelines, web pages).");
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Show(cli));
        command.Subcommands.Add(SourcesAddCommand.Create(cli));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var search = new Option<string?>("--search", "-s") { Description = "Only sources whose key, title or journal contains this text." };
        var format = FormatOption.Data();
        var command = new Command("list", "List sources by key.") { search, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var sources = await new SourceService(db).ListAsync(parse.GetValue(search), ct).ConfigureAwait(false);
            var table = new Tabular(
                ["id", "key", "year", "design", "title", "doi", "pmid", "retracted"],
                sources.Select(s => (IReadOnlyList<string?>)[
                    Num(s.Id), s.Key, s.Year?.ToString(CultureInfo.InvariantCulture), VocabularyNames.Name(s.Design),
                    s.Title, s.Doi?.Value, s.Pmid?.ToString(), s.IsRetracted ? "yes" : "no"]).ToList());
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), table, new { sources = sources.Select(SourceJson.From) });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("SOURCE") { Description = "Source id, key, DOI or pmid:N." };
        var format = FormatOption.Data();
        var command = new Command("show", "Show every field of one source.") { id, format };
        command.SetBody(cli, async (parse, ct) =>
        {
            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var s = await new SourceService(db).GetAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            var json = SourceJson.From(s);
            var fields = new List<IReadOnlyList<string?>>
            {
                new[] { "id", Num(s.Id) }, new[] { "key", s.Key }, new[] { "type", VocabularyNames.Name(s.Type) },
                new[] { "design", VocabularyNames.Name(s.Design) + (s.DesignDetail is null ? string.Empty : $" ({s.DesignDetail})") },
                new[] { "suggested grade", VocabularyNames.Name(StartingCertainty.For(s.Design)) },
                new[] { "population", VocabularyNames.Name(s.Population) },
                new[] { "authors", string.Join(", ", s.Authors) + (s.AuthorsIncomplete ? ", et al." : string.Empty) },
                new[] { "title", s.Title }, new[] { "journal", s.Container }, new[] { "abbreviation", s.ContainerAbbreviation },
                new[] { "date", json.Date }, new[] { "volume", s.Volume }, new[] { "issue", s.Issue }, new[] { "pages", s.Pages },
                new[] { "doi", s.Doi?.Value }, new[] { "pmid", s.Pmid?.ToString() }, new[] { "pmcid", s.Pmcid?.Value },
                new[] { "url", s.Url }, new[] { "accessed", s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                new[] { "publisher", s.Publisher }, new[] { "retracted", s.IsRetracted ? "yes" : "no" },
                new[] { "notices", string.Join("; ", json.Notices.Select(n => $"{n.Type} {n.Date} {n.NoticeDoi} ({n.Origin})")) },
                new[] { "note", s.Note }, new[] { "abstract", s.Abstract },
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), new Tabular(["field", "value"], fields), json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
