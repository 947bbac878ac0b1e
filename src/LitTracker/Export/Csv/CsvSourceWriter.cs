using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Sources;

namespace LitTracker.Export.Csv;

/// <summary>
/// Writes CSV with CsvHelper under the header names the CSV import reads. Values that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or CR) are escaped by CsvHelper's
/// <see cref="InjectionOptions.Escape"/>: a leading apostrophe, so they import back with it.
/// Authors are "Family, Given; …", ending in "et al." when the list is cut short.
/// </summary>
public static class CsvSourceWriter
{
    private static readonly string[] Header =
        ["Key", "Type", "Title", "Authors", "Year", "Date", "Journal", "Journal Abbreviation", "Volume", "Issue", "Pages", "DOI", "PMID", "PMCID", "URL", "Publisher", "Abstract"];

    /// <summary>Writes the header and one row per source.</summary>
    public static void Write(TextWriter writer, IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape, NewLine = "\n" };
        using var csv = new CsvWriter(writer, config, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var s in sources)
        {
            string?[] row =
            [
                s.Key, TypeOf(s.Type), s.Title, Authors(s), s.Year?.ToString("0000", CultureInfo.InvariantCulture), ExportValues.IsoDate(s),
                s.Container, s.ContainerAbbreviation, s.Volume, s.Issue, s.Pages, s.Doi?.Value, s.Pmid?.ToString(), s.Pmcid?.ToString(),
                s.Url, s.Publisher, s.Abstract,
            ];
            foreach (var value in row)
            {
                csv.WriteField(ExportValues.Flat(value) ?? string.Empty);
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    private static string? Authors(Source s)
    {
        var names = s.Authors.Select(ExportValues.InvertedName).OfType<string>().ToList();
        if (s.AuthorsIncomplete)
        {
            names.Add("et al.");
        }

        // A lone "Family, Given" needs a ';' or the import would read its comma as a separator.
        return names.Count switch { 0 => null, 1 => names[0] + ";", _ => string.Join("; ", names) };
    }

    private static string TypeOf(SourceType type) => type switch
    {
        SourceType.JournalArticle => "journal-article",
        SourceType.Book => "book",
        SourceType.BookChapter => "book-chapter",
        SourceType.Report => "report",
        SourceType.WebPage => "web-page",
        SourceType.Preprint => "preprint",
        _ => "other",
    };
}
