using LitTracker.Sources;

namespace LitTracker.Import.Ris;

/// <summary>Maps a RIS record to a <see cref="Source"/>, tolerating the tag habits of each exporter.</summary>
internal static class RisMapper
{
    public static ParsedSource Map(RisRecord record, string file)
    {
        var key = record.First("ID") ?? record.First("AN");
        var issues = new RecordIssues(file, record.Line, key);
        var typeCode = record.First("TY") ?? string.Empty;
        var source = new Source { Type = TypeOf(typeCode) };
        if (source.Type == SourceType.Unspecified)
        {
            issues.Warn($"Record type '{typeCode}' is not a RIS type; the source was imported as type Other. Use a RIS type code such as JOUR, BOOK, CHAP, ELEC or RPRT.", record.Line);
            source.Type = SourceType.Other;
        }

        if (source.Type == SourceType.WebPage)
        {
            source.Design = StudyDesign.WebPage;
        }

        SetAuthors(record, source);
        var chapter = source.Type == SourceType.BookChapter;
        source.Title = Clean(record.First("TI", "T1", "CT") ?? (source.Type == SourceType.Book ? record.First("BT") : null)) ?? string.Empty;
        source.Container = Clean(chapter ? record.First("T2", "BT", "JF", "JO") : record.First("JF", "T2", "JO", "JA", "J2", "BT"));
        var abbreviation = record.First("JA", "J2", "J1");
        if (abbreviation is null && record.First("JF") is not null && record.First("JO") is { } jo && jo != record.First("JF"))
        {
            abbreviation = jo;
        }

        source.ContainerAbbreviation = abbreviation == source.Container ? null : Clean(abbreviation);
        SetDates(record, source, issues);
        source.Volume = Clean(record.First("VL", "VO"));
        source.Issue = Clean(record.First("IS", "CP"));
        source.Pages = Pages(record);
        ImportValues.SetDoi(source, FirstDoi(record.First("DO", "DI")), "DO", issues);
        if (source.Doi is null && record.First("M3") is { } m3 && Doi.TryParse(m3, out var m3Doi))
        {
            source.Doi = m3Doi;
        }
        else
        {
            source.DesignDetail = Clean(record.First("M3"));
        }

        SetPubMedIds(record, source, issues);
        source.Url = FirstUrl(record.First("UR", "LK", "L2", "L1"));
        if (source.Doi is null && source.Url is not null && Doi.TryParse(source.Url, out var urlDoi))
        {
            source.Doi = urlDoi;
        }

        source.Publisher = Clean(record.First("PB"));
        source.Abstract = Clean(record.First("AB", "N2"));
        if (source.Title.Length == 0)
        {
            issues.Warn("The record has no title (TI or T1); it was imported without one. Add a 'TI  - ' line.", record.Line);
        }

        return new ParsedSource(source, record.Line, key, issues.Items);
    }

    public static SourceType TypeOf(string code) => code.Trim().ToUpperInvariant() switch
    {
        "JOUR" or "JFULL" or "ABST" or "INPR" or "MGZN" or "NEWS" or "EJOUR" or "JOURNAL ARTICLE" or "ARTICLE" => SourceType.JournalArticle,
        "BOOK" or "EBOOK" or "EDBOOK" or "CONF" or "BOOK, WHOLE" => SourceType.Book,
        "CHAP" or "ECHAP" or "CPAPER" or "BOOK SECTION" or "BOOK CHAPTER" => SourceType.BookChapter,
        "RPRT" or "GOVDOC" or "STAND" or "REPORT" or "GUIDELINE" => SourceType.Report,
        "ELEC" or "WEB" or "BLOG" or "ICOMM" or "WEB PAGE" => SourceType.WebPage,
        "GEN" or "THES" or "UNPB" or "PAT" or "DATA" or "COMP" or "SLIDE" or "VIDEO" or "SOUND" or "MANSCPT"
            or "PCOMM" or "CASE" or "STAT" or "BILL" or "HEAR" or "CTLG" or "DICT" or "ENCYC" or "MAP" or "MUSIC"
            or "SER" or "ART" or "ADVS" or "AGGR" or "ANCIENT" or "CLSWK" or "DBASE" or "EQUA" or "FIGURE"
            or "GRANT" or "LEGAL" or "MPCT" or "MULTI" or "CHART" or "PAMP" or "UNBILL" => SourceType.Other,
        _ => SourceType.Unspecified,
    };

    private static void SetAuthors(RisRecord record, Source source)
    {
        var names = record.All("AU", "A1");
        if (names.Count == 0 && source.Type is SourceType.Book or SourceType.Report)
        {
            names = record.All("A2", "ED");
        }

        foreach (var name in names)
        {
            if (RisNames.IsEtAl(name))
            {
                source.AuthorsIncomplete = true;
            }
            else if (RisNames.Parse(name) is { } author)
            {
                source.Authors.Add(author);
            }
        }
    }

    private static void SetDates(RisRecord record, Source source, RecordIssues issues)
    {
        var field = record.FirstField("PY", "Y1", "DA");
        if (field is null)
        {
            return;
        }

        var local = new RecordIssues(issues.File, field.Line, issues.RecordKey);
        ImportValues.SetDate(source, field.Value, field.Tag, local);
        foreach (var issue in local.Items)
        {
            issues.Add(issue);
        }

        // PubMed and Zotero put the year in PY and the full date in DA.
        if (record.First("DA") is { } da && ImportValues.TryDate(da, out var y, out var m, out var d) && y == source.Year && source.Month is null)
        {
            source.Month = m;
            source.Day = d;
        }

        source.AccessedOn = ImportValues.FullDate(record.First("Y2"));
    }

    private static string? Pages(RisRecord record)
    {
        var start = Clean(record.First("SP"));
        var end = Clean(record.First("EP"));
        if (start is null)
        {
            return Clean(record.First("C7")) ?? end;
        }

        return ImportValues.Pages(end is null || start.Contains('-', StringComparison.Ordinal) || start == end ? start : $"{start}-{end}");
    }

    private static void SetPubMedIds(RisRecord record, Source source, RecordIssues issues)
    {
        var an = record.First("AN");
        var database = (record.First("DB") ?? string.Empty) + (record.First("DP") ?? string.Empty);
        if (an is not null && (database.Contains("PubMed", StringComparison.OrdinalIgnoreCase) || database.Contains("MEDLINE", StringComparison.OrdinalIgnoreCase)))
        {
            ImportValues.SetPmid(source, an, "AN", issues);
        }

        foreach (var value in record.All("C2", "C1", "N1", "M2"))
        {
            if (source.Pmcid is null && Pmcid.TryParse(value, out var pmcid))
            {
                source.Pmcid = pmcid;
            }
            else if (source.Pmid is null && value.StartsWith("PMID", StringComparison.OrdinalIgnoreCase) && Pmid.TryParse(value, out var pmid))
            {
                source.Pmid = pmid;
            }
        }
    }

    private static string? FirstDoi(string? value) => FirstItem(value);

    private static string? FirstUrl(string? value) => FirstItem(value);

    // The first of a ';'- or space-separated list (a DOI or URL field with several), trimmed.
    private static string? FirstItem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.AsSpan().IndexOfAny(';', ' ') < 0)
        {
            var trimmed = value.Trim();
            return trimmed.Length > 0 ? trimmed : null;
        }

        return value.Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
    }

    private static string? Clean(string? text) => ImportValues.Clean(text);
}
