using System.Text;

namespace LitTracker.Analysis.Text;

/// <summary>Accumulates plain text with its offset map, collapsing runs of white space.</summary>
internal sealed class PlainTextBuilder(int originalLength)
{
    private readonly StringBuilder text = new();
    private readonly List<int> map = [];
    private readonly List<TextBlock> blocks = [];
    private readonly List<TextLink> links = [];
    private int blockStart = -1;
    private BlockKind blockKind;
    private bool pendingSpace;
    private int pendingSpaceAt;

    public int Length => text.Length;

    public bool InBlock => blockStart >= 0;

    public void Begin(BlockKind kind)
    {
        End();
        if (text.Length > 0)
        {
            // Blocks are separated by a newline mapped to the previous character's source.
            map.Add(map[^1]);
            text.Append('\n');
        }

        blockStart = text.Length;
        blockKind = kind;
        pendingSpace = false;
    }

    public void Append(char c, int source)
    {
        if (char.IsWhiteSpace(c) && c != '\u00a0' || c == '\u00a0')
        {
            if (text.Length > blockStart && blockStart >= 0)
            {
                pendingSpace = true;
                pendingSpaceAt = source;
            }

            return;
        }

        if (blockStart < 0)
        {
            Begin(BlockKind.Paragraph);
        }

        if (pendingSpace)
        {
            text.Append(' ');
            map.Add(pendingSpaceAt);
            pendingSpace = false;
        }

        text.Append(c);
        map.Add(source);
    }

    public void Append(string s, int source)
    {
        foreach (var c in s)
        {
            Append(c, source);
        }
    }

    /// <summary>Ends the current block; empty blocks are dropped.</summary>
    public void End()
    {
        if (blockStart < 0)
        {
            return;
        }

        if (text.Length > blockStart)
        {
            blocks.Add(new TextBlock(blockStart, text.Length, blockKind));
        }
        else if (text.Length > 0 && text[^1] == '\n' && blockStart == text.Length)
        {
            text.Length--;
            map.RemoveAt(map.Count - 1);
        }

        blockStart = -1;
        pendingSpace = false;
    }

    /// <summary>Changes the kind of the block being built (e.g. a bold-only paragraph becomes a heading).</summary>
    public void Retag(BlockKind kind) => blockKind = kind;

    public void Link(int start, string? target)
    {
        if (text.Length > start)
        {
            links.Add(new TextLink(start, text.Length, target));
        }
    }

    public PlainText Build()
    {
        End();
        return new PlainText(text.ToString(), [.. map], blocks, links, originalLength);
    }
}
