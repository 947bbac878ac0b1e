namespace LitTracker.Sources;

/// <summary>What kind of publication a source is; drives bibliography layout.</summary>
public enum SourceType
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>An article in a journal (research, review or commentary).</summary>
    JournalArticle,

    /// <summary>A book or monograph.</summary>
    Book,

    /// <summary>A chapter in an edited book.</summary>
    BookChapter,

    /// <summary>A report or guidance document from an organisation.</summary>
    Report,

    /// <summary>A web page.</summary>
    WebPage,

    /// <summary>A preprint not yet peer reviewed.</summary>
    Preprint,

    /// <summary>Anything else.</summary>
    Other,
}
