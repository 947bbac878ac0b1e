namespace LitTracker.Import;

/// <summary>File formats the bulk import understands. <see cref="Unspecified"/> means "detect it".</summary>
public enum ImportFormat
{
    /// <summary>Not given: detect from the file name and its first bytes.</summary>
    Unspecified = 0,

    /// <summary>BibTeX or BibLaTeX (<c>.bib</c>).</summary>
    Bibtex,

    /// <summary>RIS (<c>.ris</c>), including the Web of Science tagged dialect.</summary>
    Ris,

    /// <summary>CSL-JSON: an array of items, or one item as Crossref content negotiation returns it.</summary>
    CslJson,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>PubMed's MEDLINE text format (<c>PMID- …</c>, <c>.nbib</c>).</summary>
    Medline,

    /// <summary>PubMed XML (<c>&lt;PubmedArticleSet&gt;</c>).</summary>
    PubmedXml,
}
