namespace LitTracker.Analysis.Text;

/// <summary>What a block of an article's text is; blocks are sentence boundaries.</summary>
public enum BlockKind
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A heading (Markdown #, HTML h1-h6, or a short unpunctuated line in plain text).</summary>
    Heading,

    /// <summary>A bulleted or numbered list item.</summary>
    ListItem,
}
