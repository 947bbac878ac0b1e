namespace LitTracker.Analysis.Text;

/// <summary>
/// An article body reduced to plain text, with a map from every plain-text character back to its
/// offset in the original body, so anything found in the text can be highlighted in the original.
/// Blocks are separated by a newline in <see cref="Text"/>.
/// </summary>
public sealed class PlainText
{
    private readonly int[] map;

    internal PlainText(string text, int[] map, IReadOnlyList<TextBlock> blocks, IReadOnlyList<TextLink> links, int originalLength)
    {
        Text = text;
        this.map = map;
        Blocks = blocks;
        Links = links;
        OriginalLength = originalLength;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Headings, paragraphs and list items in order.</summary>
    public IReadOnlyList<TextBlock> Blocks { get; }

    /// <summary>Links and superscripts found in the markup.</summary>
    public IReadOnlyList<TextLink> Links { get; }

    /// <summary>Length of the original body.</summary>
    public int OriginalLength { get; }

    /// <summary>The original offset of plain-text position <paramref name="index"/> (the body's length at the end).</summary>
    public int ToOriginal(int index) =>
        index >= map.Length ? OriginalLength : map[Math.Max(0, index)];

    /// <summary>The original span [start, end) that plain-text span [<paramref name="start"/>, <paramref name="end"/>) came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = ToOriginal(start);
            return (at, at);
        }

        return (ToOriginal(start), ToOriginal(end - 1) + 1);
    }

    /// <summary>The text of a block.</summary>
    public string Of(TextBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Text[block.Start..block.End];
    }
}
