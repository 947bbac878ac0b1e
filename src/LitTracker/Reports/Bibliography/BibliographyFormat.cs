namespace LitTracker.Reports.Bibliography;

/// <summary>
/// Output formats of a bibliography. Parse user input with <see cref="BibliographyFormats.TryParse"/>
/// (names <c>txt</c>, <c>md</c>, <c>html</c>).
/// </summary>
public enum BibliographyFormat
{
    /// <summary>Not chosen.</summary>
    Unspecified = 0,

    /// <summary>Plain text, one "1. …" entry per line.</summary>
    Txt,

    /// <summary>Markdown numbered list.</summary>
    Md,

    /// <summary>A standalone HTML page with an ordered list.</summary>
    Html,
}
