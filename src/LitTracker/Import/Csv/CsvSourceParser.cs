using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Import.Ris;
using LitTracker.Sources;

namespace LitTracker.Import.Csv;

/// <summary>
/// Reads a CSV file with a header row (see docs/formats.md for the header set) with CsvHelper: the
/// delimiter (comma, semicolon, tab or pipe) is detected, quoted fields may span lines, and unknown
/// columns are ignored. Authors are separated by ';' ("Family, Given; …") or, without any ';', by
/// ',' in the short form ("Smith JA, Doe B").
/// </summary>
public sealed class CsvSourceParser : ISourceParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Csv;

    /// <inheritdoc />
    public IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(reader, file, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(TextReader reader, string file, Action<ImportIssue>? report)
    {
        var badData = 0;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            MissingFieldFound = null,
            BadDataFound = args =>
            {
                badData++;
                report?.Invoke(new ImportIssue(file, args.Context.Parser?.RawRow ?? 0, null, null, ImportSeverity.Warning,
                    "A field has a stray quote; the row was read as well as possible. Quote the whole field and double any quote inside it (\"\")"));
            },
        };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            yield break;
        }

        // Column index per field (-1: absent); the first column with a field's name wins.
        var columns = new int[Enum.GetValues<CsvField>().Length];
        Array.Fill(columns, -1);
        for (var i = 0; i < header.Length; i++)
        {
            if (CsvColumns.ByName.TryGetValue(CsvColumns.Normalise(header[i]), out var field) && columns[(int)field] < 0)
            {
                columns[(int)field] = i;
            }
        }

        // A string option set (null values) would make TryGetField differ from the raw field.
        var plainStrings = csv.Context.TypeConverterOptionsCache.GetOptions<string>().NullValues.Count == 0;
        if (columns[(int)CsvField.Title] < 0)
        {
            report?.Invoke(new ImportIssue(file, 1, null, null, ImportSeverity.Error,
                "The header row has no title column, so no record was read: name one column 'Title' (see docs/formats.md for the other column names)."));
            yield break;
        }

        var previousRow = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousRow + 1;
            previousRow = csv.Parser.RawRow;
            var badBefore = badData;
            var record = csv.Parser.Record;
            if (record is not null && IsBlank(record))
            {
                continue;
            }

            // CsvHelper processes a field (and reports its bad data) on every access. When reading
            // the whole record found nothing bad, the fields are taken from it rather than processed
            // again: same text, and no report is lost or repeated.
            var fields = record is not null && badData == badBefore && plainStrings ? record : null;
            string? Get(CsvField f)
            {
                var i = columns[(int)f];
                if (i < 0)
                {
                    return null;
                }

                if (fields is not null)
                {
                    return ImportValues.Clean(i < fields.Length ? fields[i] : null);
                }

                return csv.TryGetField<string>(i, out var v) ? ImportValues.Clean(v) : null;
            }

            yield return Map(Get, file, line);
        }
    }

    private static bool IsBlank(string[] record)
    {
        foreach (var field in record)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedSource Map(Func<CsvField, string?> get, string file, int line)
    {
        var key = get(CsvField.Key);
        var issues = new RecordIssues(file, line, key);
        var source = new Source { Title = get(CsvField.Title) ?? string.Empty, Type = TypeOf(get(CsvField.Type), issues) };
        if (source.Type == SourceType.WebPage)
        {
            source.Design = StudyDesign.WebPage;
        }

        SetAuthors(source, get(CsvField.Authors));
        ImportValues.SetDate(source, get(CsvField.Date) ?? get(CsvField.Year), get(CsvField.Date) is null ? "Year" : "Date", issues);
        if (source.Month is null && get(CsvField.Month) is { } month)
        {
            source.Month = ImportValues.Month(month);
        }

        source.Container = get(CsvField.Container);
        source.ContainerAbbreviation = get(CsvField.Abbreviation);
        source.Volume = get(CsvField.Volume);
        source.Issue = get(CsvField.Issue);
        var start = get(CsvField.PageStart);
        var end = get(CsvField.PageEnd);
        source.Pages = ImportValues.Pages(get(CsvField.Pages) ?? (start is null ? end : end is null || end == start ? start : start + "-" + end));
        ImportValues.SetDoi(source, get(CsvField.Doi), "DOI", issues);
        ImportValues.SetPmid(source, get(CsvField.Pmid), "PMID", issues);
        ImportValues.SetPmcid(source, get(CsvField.Pmcid), "PMCID", issues);
        source.Url = get(CsvField.Url);
        source.Publisher = get(CsvField.Publisher);
        source.Abstract = get(CsvField.Abstract);
        return new ParsedSource(source, line, key, issues.Items);
    }

    private static void SetAuthors(Source source, string? text)
    {
        if (text is null)
        {
            return;
        }

        // Web exports leave entities in names ("O&#8217;Donnell"), and an entity's own ';' would
        // otherwise split one name into two authors.
        text = TitleKey.DecodeEntities(text);
        var semicolons = text.Contains(';', StringComparison.Ordinal);
        foreach (var part in text.Split(semicolons ? ';' : ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (RisNames.IsEtAl(part))
            {
                source.AuthorsIncomplete = true;
            }
            else if ((semicolons ? RisNames.Parse(part) : RisNames.Parse(part.Replace(".", string.Empty, StringComparison.Ordinal))) is { } author)
            {
                source.Authors.Add(author);
            }
        }
    }

    private static SourceType TypeOf(string? text, RecordIssues issues)
    {
        if (text is null)
        {
            return SourceType.JournalArticle;
        }

        var word = CsvColumns.Normalise(text);
        SourceType type = word switch
        {
            "journalarticle" or "article" or "journal" or "review" or "articlejournal" or "jour" => SourceType.JournalArticle,
            "book" => SourceType.Book,
            "bookchapter" or "booksection" or "chapter" or "chap" => SourceType.BookChapter,
            "report" or "guideline" or "rprt" => SourceType.Report,
            "webpage" or "website" or "web" or "elec" => SourceType.WebPage,
            "preprint" or "postedcontent" => SourceType.Preprint,
            "other" => SourceType.Other,
            _ => RisMapper.TypeOf(text) is var ris and not SourceType.Unspecified ? ris : SourceType.Unspecified,
        };
        if (type == SourceType.Unspecified)
        {
            issues.Warn($"Type '{text}' is not known; the source was imported as type Other. Use journal-article, book, book-chapter, report, web-page or preprint.");
            type = SourceType.Other;
        }

        return type;
    }
}
