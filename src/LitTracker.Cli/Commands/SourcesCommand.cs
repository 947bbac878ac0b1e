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
            string? From(SourceField field) => s.Provenance.TryGetValue(field, out var o) && o != FieldOrigin.Unspecified ? VocabularyNames.Name(o) : null;
            var fields = new List<IReadOnlyList<string?>>
            {
                new[] { "id", Num(s.Id), null }, new[] { "key", s.Key, null }, new[] { "type", VocabularyNames.Name(s.Type), From(SourceField.Type) },
                new[] { "design", VocabularyNames.Name(s.Design) + (s.DesignDetail is null ? string.Empty : $" ({s.DesignDetail})"), From(SourceField.Design) },
                new[] { "suggested grade", VocabularyNames.Name(StartingCertainty.For(s.Design)), null },
                new[] { "population", VocabularyNames.Name(s.Population), From(SourceField.Population) },
                new[] { "authors", string.Join(", ", s.Authors) + (s.AuthorsIncomplete ? ", et al." : string.Empty), From(SourceField.Authors) },
                new[] { "title", s.Title, From(SourceField.Title) }, new[] { "journal", s.Container, From(SourceField.Container) },
                new[] { "abbreviation", s.ContainerAbbreviation, From(SourceField.ContainerAbbreviation) },
                new[] { "date", json.Date, From(SourceField.Date) }, new[] { "volume", s.Volume, From(SourceField.Volume) },
                new[] { "issue", s.Issue, From(SourceField.Issue) }, new[] { "pages", s.Pages, From(SourceField.Pages) },
                new[] { "doi", s.Doi?.Value, From(SourceField.Doi) }, new[] { "pmid", s.Pmid?.ToString(), From(SourceField.Pmid) },
                new[] { "pmcid", s.Pmcid?.Value, From(SourceField.Pmcid) }, new[] { "url", s.Url, From(SourceField.Url) },
                new[] { "accessed", s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null },
                new[] { "publisher", s.Publisher, From(SourceField.Publisher) }, new[] { "retracted", s.IsRetracted ? "yes" : "no", null },
                new[] { "notices", string.Join("\n", json.Notices.Select(n => $"{n.Type} {n.Date} {n.NoticeDoi} ({n.Origin})")), null },
                new[] { "note", s.Note, null }, new[] { "abstract", s.Abstract, From(SourceField.Abstract) },
            };
            DataWriter.Write(cli.Out, FormatOption.Parse(parse.GetValue(format)!), new Tabular(["field", "value", "from"], fields), json);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
