using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Export.Bibtex;

/// <summary>
/// Writes BibTeX in UTF-8: text fields LaTeX-escaped (<see cref="LatexEscaper"/>), capitals in
/// titles protected with braces, identifiers and URLs verbatim, both <c>year</c>/<c>month</c> (for
/// classic BibTeX) and <c>date</c> (for BibLaTeX and the day).
/// </summary>
public static class BibtexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Writes every source as one entry.</summary>
    public static void Write(TextWriter writer, IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            WriteEntry(writer, source, UniqueKey(source, used));
        }
    }

    private static void WriteEntry(TextWriter w, Source s, string key)
    {
        var type = TypeOf(s.Type);
        w.Write('@');
        w.Write(type);
        w.Write('{');
        w.Write(key);
        w.WriteLine(',');
        Field(w, "author", Authors(s));
        Field(w, "title", LatexEscaper.Title(s.Title));
        var container = LatexEscaper.Text(s.Container);
        Field(w, type switch { "incollection" => "booktitle", "online" => "organization", _ => "journal" }, container);
        Field(w, "shortjournal", LatexEscaper.Text(s.ContainerAbbreviation));
        Field(w, "year", s.Year?.ToString(CultureInfo.InvariantCulture));
        if (s.Year is not null && s.Month is { } month and >= 1 and <= 12)
        {
            w.Write("  month = ");
            w.Write(Months[month - 1]);
            w.WriteLine(',');
            Field(w, "date", ExportValues.IsoDate(s));
        }

        Field(w, "volume", LatexEscaper.Text(s.Volume));
        Field(w, type == "article" ? "number" : "issue", LatexEscaper.Text(s.Issue));
        Field(w, "pages", LatexEscaper.Text(s.Pages?.Replace("-", "--", StringComparison.Ordinal), keepDashes: true));
        Field(w, "publisher", LatexEscaper.Text(s.Publisher));
        Field(w, "doi", LatexEscaper.Verbatim(s.Doi?.Value));
        Field(w, "pmid", s.Pmid?.ToString());
        Field(w, "pmcid", s.Pmcid?.ToString());
        Field(w, "url", LatexEscaper.Verbatim(s.Url));
        Field(w, "urldate", s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(w, "abstract", LatexEscaper.Text(s.Abstract));
        w.WriteLine('}');
        w.WriteLine();
    }

    private static string? Authors(Source s)
    {
        var names = s.Authors.Select(Name).OfType<string>().ToList();
        if (s.AuthorsIncomplete && names.Count > 0)
        {
            names.Add("others");
        }

        return names.Count == 0 ? null : string.Join(" and ", names);
    }

    // An organisation in braces is one name; "and" and commas inside person names are braced so the name grammar does not split them.
    private static string? Name(Author a)
    {
        if (a.Literal is { } literal)
        {
            return "{" + LatexEscaper.Text(literal) + "}";
        }

        var family = Part(a.Family);
        var given = Part(a.Given);
        var suffix = Part(a.Suffix);
        if (family is null)
        {
            return given is null ? null : "{" + given + "}";
        }

        return suffix is not null ? $"{family}, {suffix}, {given}" : given is null ? family : $"{family}, {given}";
    }

    private static string? Part(string? text)
    {
        var escaped = LatexEscaper.Text(text);
        if (escaped is null)
        {
            return null;
        }

        var words = escaped.Split(' ');
        return string.Join(' ', words.Select(word => word.Contains(',', StringComparison.Ordinal) || string.Equals(word, "and", StringComparison.OrdinalIgnoreCase) ? "{" + word + "}" : word));
    }

    private static void Field(TextWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.Write("  ");
        w.Write(name);
        w.Write(" = {");
        w.Write(value);
        w.WriteLine("},");
    }

    private static string TypeOf(SourceType type) => type switch
    {
        SourceType.JournalArticle => "article",
        SourceType.Book => "book",
        SourceType.BookChapter => "incollection",
        SourceType.Report => "techreport",
        SourceType.WebPage => "online",
        SourceType.Preprint => "preprint",
        _ => "misc",
    };

    // Keys must be unique and free of the characters BibTeX ends a key at.
    private static string UniqueKey(Source s, HashSet<string> used)
    {
        var raw = s.Key.Length > 0 ? s.Key : "source" + s.Id.ToString(CultureInfo.InvariantCulture);
        var key = new string([.. raw.Where(c => !char.IsWhiteSpace(c) && c is not (',' or '{' or '}' or '(' or ')' or '"' or '#' or '%' or '\'' or '='))]);
        key = key.Length == 0 ? "source" : key;
        var candidate = key;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = key + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
