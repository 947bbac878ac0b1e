using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Export.Ris;

/// <summary>
/// Writes RIS as Zotero and EndNote read it: <c>TY</c> first, one <c>AU</c> per author
/// ("Family, Given[, Suffix]"), <c>PY</c> year and <c>DA</c> full date, <c>SP</c>/<c>EP</c>, the
/// PMID as <c>AN</c> with <c>DB - PubMed</c>, the PMCID in <c>C2</c>, the verbatim design in
/// <c>M3</c>, and <c>ER</c> last. Values are flattened to one line.
/// </summary>
public static class RisWriter
{
    /// <summary>Writes every source as one record.</summary>
    public static void Write(TextWriter writer, IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources)
        {
            WriteRecord(writer, s);
        }
    }

    private static void WriteRecord(TextWriter w, Source s)
    {
        Tag(w, "TY", TypeOf(s.Type));
        Tag(w, "ID", s.Key.Length > 0 ? s.Key : null);
        foreach (var author in s.Authors)
        {
            Tag(w, "AU", ExportValues.InvertedName(author));
        }

        if (s.AuthorsIncomplete)
        {
            Tag(w, "AU", "et al.");
        }

        Tag(w, "TI", s.Title);
        Tag(w, "T2", s.Container);
        Tag(w, "J2", s.ContainerAbbreviation);
        Tag(w, "PY", s.Year?.ToString("0000", CultureInfo.InvariantCulture));
        if (s.Month is not null)
        {
            Tag(w, "DA", ExportValues.IsoDate(s)?.Replace('-', '/'));
        }

        Tag(w, "VL", s.Volume);
        Tag(w, "IS", s.Issue);
        WritePages(w, s.Pages);
        Tag(w, "DO", s.Doi?.Value);
        if (s.Pmid is { } pmid)
        {
            Tag(w, "AN", pmid.ToString());
            Tag(w, "DB", "PubMed");
        }

        Tag(w, "C2", s.Pmcid?.ToString());
        Tag(w, "M3", s.DesignDetail);
        Tag(w, "UR", s.Url);
        Tag(w, "Y2", s.AccessedOn?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag(w, "PB", s.Publisher);
        Tag(w, "AB", s.Abstract);
        w.Write("ER  - \n");
    }

    private static void WritePages(TextWriter w, string? pages)
    {
        var flat = ExportValues.Flat(pages);
        if (flat is null)
        {
            return;
        }

        var dash = flat.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < flat.Length - 1 && flat.IndexOf('-', dash + 1) < 0)
        {
            Tag(w, "SP", flat[..dash].Trim());
            Tag(w, "EP", flat[(dash + 1)..].Trim());
        }
        else
        {
            Tag(w, "SP", flat);
        }
    }

    // "\n" on every platform: RIS readers accept it and the output does not depend on the machine.
    private static void Tag(TextWriter w, string tag, string? value)
    {
        if (ExportValues.Flat(value) is not { } flat)
        {
            return;
        }

        w.Write(tag);
        w.Write("  - ");
        w.Write(flat);
        w.Write('\n');
    }

    private static string TypeOf(SourceType type) => type switch
    {
        SourceType.JournalArticle => "JOUR",
        SourceType.Book => "BOOK",
        SourceType.BookChapter => "CHAP",
        SourceType.Report => "RPRT",
        SourceType.WebPage => "ELEC",
        SourceType.Preprint => "UNPB",
        _ => "GEN",
    };
}
