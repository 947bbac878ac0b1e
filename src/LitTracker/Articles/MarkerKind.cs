namespace LitTracker.Articles;

/// <summary>How an in-text citation marker is written.</summary>
public enum MarkerKind
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Bracketed or parenthesised numbers: [1], [1–3, 5], (1).</summary>
    Numeric,

    /// <summary>Superscript numbers, including ones flattened into text ("infection17,18.").</summary>
    Superscript,

    /// <summary>Author and year: (Law et al., 2019), Law and Hunt (2019).</summary>
    AuthorYear,

    /// <summary>An identifier in the text: DOI, PMID or URL.</summary>
    Identifier,
}
