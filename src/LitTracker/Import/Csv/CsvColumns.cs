namespace LitTracker.Import.Csv;

/// <summary>
/// The header set the CSV import understands, with the names Zotero, Scopus, PubMed and people use.
/// Headers match ignoring case, spaces, '_', '-', '.' and '/', so "Publication Year",
/// "publication_year" and "PublicationYear" are one column.
/// </summary>
internal static class CsvColumns
{
    public static readonly IReadOnlyDictionary<string, CsvField> ByName = Build(new Dictionary<CsvField, string[]>
    {
        [CsvField.Key] = ["key", "id", "citationkey", "citekey"],
        [CsvField.Type] = ["type", "itemtype", "documenttype", "referencetype"],
        [CsvField.Title] = ["title", "articletitle", "documenttitle"],
        [CsvField.Authors] = ["authors", "author"],
        [CsvField.Year] = ["year", "publicationyear", "pubyear"],
        [CsvField.Month] = ["month"],
        [CsvField.Date] = ["date", "publicationdate", "datepublished", "issued"],
        [CsvField.Container] = ["journal", "container", "containertitle", "publicationtitle", "sourcetitle", "journalbook", "source"],
        [CsvField.Abbreviation] = ["journalabbreviation", "journalabbrev", "abbreviatedsourcetitle", "abbreviation", "containertitleshort"],
        [CsvField.Volume] = ["volume"],
        [CsvField.Issue] = ["issue", "number"],
        [CsvField.Pages] = ["pages", "page"],
        [CsvField.PageStart] = ["pagestart", "startpage"],
        [CsvField.PageEnd] = ["pageend", "endpage"],
        [CsvField.Doi] = ["doi"],
        [CsvField.Pmid] = ["pmid", "pubmedid"],
        [CsvField.Pmcid] = ["pmcid"],
        [CsvField.Url] = ["url", "link"],
        [CsvField.Publisher] = ["publisher"],
        [CsvField.Abstract] = ["abstract", "abstractnote"],
    });

    public static string Normalise(string header)
    {
        var chars = header.Where(c => !char.IsWhiteSpace(c) && c is not ('_' or '-' or '.' or '/' or '\uFEFF')).Select(char.ToLowerInvariant);
        return new string([.. chars]);
    }

    private static Dictionary<string, CsvField> Build(Dictionary<CsvField, string[]> names)
    {
        var map = new Dictionary<string, CsvField>(StringComparer.Ordinal);
        foreach (var (field, aliases) in names)
        {
            foreach (var alias in aliases)
            {
                map[alias] = field;
            }
        }

        return map;
    }
}

/// <summary>A column the CSV import reads.</summary>
internal enum CsvField
{
    Unspecified = 0,
    Key,
    Type,
    Title,
    Authors,
    Year,
    Month,
    Date,
    Container,
    Abbreviation,
    Volume,
    Issue,
    Pages,
    PageStart,
    PageEnd,
    Doi,
    Pmid,
    Pmcid,
    Url,
    Publisher,
    Abstract,
}
