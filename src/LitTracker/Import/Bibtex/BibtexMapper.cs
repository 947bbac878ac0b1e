using LitTracker.Sources;

namespace LitTracker.Import.Bibtex;

/// <summary>Maps a (crossref-resolved) entry to a <see cref="Source"/>.</summary>
internal static class BibtexMapper
{
    private static readonly HashSet<string> InTypes = new(StringComparer.Ordinal)
    {
        "inbook", "incollection", "inproceedings", "conference", "inreference", "bookinbook", "suppbook", "suppcollection",
    };

    public static ParsedSource Map(BibtexEntry entry, string file)
    {
        var issues = new RecordIssues(file, entry.Line, entry.Key);
        foreach (var issue in entry.Issues)
        {
            issues.Add(issue);
        }

        var source = new Source { Type = TypeOf(entry) };
        if (source.Type == SourceType.WebPage)
        {
            // The one design a BibTeX type states outright.
            source.Design = StudyDesign.WebPage;
        }

        source.Title = Title(entry) ?? string.Empty;
        SetAuthors(entry, source);
        source.Container = WithSubtitle(entry, InTypes.Contains(entry.Type) ? "booktitle" : null, "booksubtitle")
            ?? WithSubtitle(entry, "journaltitle", "journalsubtitle") ?? Text(entry, "journal")
            ?? (source.Type == SourceType.WebPage ? Text(entry, "organization") : null);
        source.ContainerAbbreviation = Text(entry, "shortjournal") ?? Text(entry, "journalabbreviation") ?? Text(entry, "journal-abbreviation");
        SetDate(entry, source, issues);
        source.Volume = Text(entry, "volume");
        source.Issue = Text(entry, "issue") ?? (entry.Type is "article" or "periodical" ? Text(entry, "number") : null);
        source.Pages = ImportValues.Pages(Text(entry, "pages")) ?? Text(entry, "eid");
        ImportValues.SetDoi(source, Verbatim(entry, "doi"), "doi", issues);
        ImportValues.SetPmid(source, Verbatim(entry, "pmid"), "pmid", issues);
        ImportValues.SetPmcid(source, Verbatim(entry, "pmcid"), "pmcid", issues);
        SetEprint(entry, source, issues);
        source.Url = Verbatim(entry, "url");
        if (source.Doi is null && source.Url is not null && Doi.TryParse(source.Url, out var urlDoi))
        {
            source.Doi = urlDoi;
        }

        var urldate = Verbatim(entry, "urldate");
        source.AccessedOn = ImportValues.FullDate(urldate);
        if (urldate is not null && source.AccessedOn is null)
        {
            issues.Warn($"urldate '{urldate}' is not a full date; it was left empty. Write it as YYYY-MM-DD.", Line(entry, "urldate"));
        }

        source.Publisher = Text(entry, "publisher")
            ?? (source.Type == SourceType.Report ? Text(entry, "institution") ?? Text(entry, "organization") : null);
        source.Abstract = Text(entry, "abstract");
        if (source.Title.Length == 0)
        {
            issues.Warn($"@{entry.Type} has no title; it was imported without one. Add a title field.");
        }

        return new ParsedSource(source, entry.Line, entry.Key, issues.Items);
    }

    public static SourceType TypeOf(BibtexEntry entry) => entry.Type switch
    {
        "article" when IsPreprint(entry) => SourceType.Preprint,
        "article" => SourceType.JournalArticle,
        "book" or "mvbook" or "booklet" or "proceedings" or "mvproceedings" or "collection" or "mvcollection"
            or "reference" or "mvreference" => SourceType.Book,
        "inbook" or "incollection" or "inproceedings" or "conference" or "inreference" or "bookinbook"
            or "suppbook" or "suppcollection" => SourceType.BookChapter,
        "techreport" or "report" or "manual" => SourceType.Report,
        "online" or "electronic" or "www" or "webpage" => SourceType.WebPage,
        "preprint" => SourceType.Preprint,
        _ => SourceType.Other,
    };

    private static bool IsPreprint(BibtexEntry entry)
    {
        var container = entry.Get("journaltitle") ?? entry.Get("journal");
        return container is null && entry.Get("eprinttype") is { } t
            && t.Trim().ToUpperInvariant() is "ARXIV" or "BIORXIV" or "MEDRXIV";
    }

    private static string? Title(BibtexEntry entry) => WithSubtitle(entry, "title", "subtitle");

    private static string? WithSubtitle(BibtexEntry entry, string? titleField, string subtitleField)
    {
        var title = Text(entry, titleField);
        var subtitle = Text(entry, subtitleField);
        return title is null || subtitle is null ? title : $"{title}: {subtitle}";
    }

    private static void SetAuthors(BibtexEntry entry, Source source)
    {
        var raw = entry.Get("author") ?? (source.Type is SourceType.Book or SourceType.Report ? entry.Get("editor") : null);
        if (raw is null)
        {
            return;
        }

        source.Authors = BibtexNames.ParseList(raw, out var incomplete);
        source.AuthorsIncomplete = incomplete;
    }

    private static void SetDate(BibtexEntry entry, Source source, RecordIssues issues)
    {
        var date = Verbatim(entry, "date") ?? Verbatim(entry, "issued");
        if (date is not null)
        {
            ImportValues.SetDate(source, date, "date", issues);
        }

        var year = Text(entry, "year");
        if (source.Year is null && year is not null)
        {
            ImportValues.SetDate(source, year, "year", issues);
            source.Day = null;
        }

        var month = Text(entry, "month");
        if (month is not null && source.Month is null && source.Year is not null)
        {
            source.Month = ImportValues.Month(month);
            if (source.Month is null)
            {
                issues.Warn($"month '{month}' is not a month; it was left empty. Write jan..dec or 1-12.", Line(entry, "month"));
            }
        }
    }

    private static void SetEprint(BibtexEntry entry, Source source, RecordIssues issues)
    {
        var eprint = Verbatim(entry, "eprint");
        if (eprint is null)
        {
            return;
        }

        var type = entry.Get("eprinttype")?.Trim().ToUpperInvariant();
        if (type is "PUBMED" or "PMID" && source.Pmid is null)
        {
            ImportValues.SetPmid(source, eprint, "eprint", issues);
        }
        else if (type is "PMC" or "PMCID" or "PUBMEDCENTRAL" && source.Pmcid is null)
        {
            ImportValues.SetPmcid(source, eprint, "eprint", issues);
        }
        else if (source.Pmcid is null && Pmcid.TryParse(eprint, out var pmcid))
        {
            source.Pmcid = pmcid;
        }
        else if (type is "DOI" && source.Doi is null)
        {
            ImportValues.SetDoi(source, eprint, "eprint", issues);
        }
    }

    private static string? Text(BibtexEntry entry, string? field) =>
        field is not null && entry.Get(field) is { } raw && LatexText.ToUnicode(raw) is { Length: > 0 } text ? text : null;

    private static string? Verbatim(BibtexEntry entry, string field) =>
        entry.Get(field) is { } raw && LatexText.Verbatim(raw) is { Length: > 0 } text ? text : null;

    private static int? Line(BibtexEntry entry, string field) =>
        entry.Fields.TryGetValue(field, out var f) ? f.Line : null;
}
