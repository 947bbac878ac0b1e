namespace LitTracker.Analysis.Text;

/// <summary>
/// Reads plain text: blank lines separate paragraphs, consecutive lines join, bulleted or numbered
/// lines are list items, and a short unpunctuated line standing alone is a heading.
/// </summary>
public static class PlainTextReader
{
    /// <summary>Reads <paramref name="body"/>.</summary>
    public static PlainText Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = Lines(body);
        var builder = new PlainTextBuilder(body.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, text) = lines[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                builder.End();
                continue;
            }

            var bullet = LineShapes.BulletLength(text);
            // A heading stands alone, or in a run of heading-like lines (a title block: "Author: …", "Review date: …").
            var alone = !builder.InBlock && (i + 1 >= lines.Count || string.IsNullOrWhiteSpace(lines[i + 1].Text) || LineShapes.LooksLikeHeading(lines[i + 1].Text));
            if (bullet > 0)
            {
                builder.Begin(BlockKind.ListItem);
                Append(builder, text, bullet, start);
                continue;
            }

            if (alone && LineShapes.LooksLikeHeading(text))
            {
                builder.Begin(BlockKind.Heading);
                Append(builder, text, 0, start);
                builder.End();
                continue;
            }

            if (!builder.InBlock)
            {
                builder.Begin(BlockKind.Paragraph);
            }
            else
            {
                builder.Append(' ', start);
            }

            Append(builder, text, 0, start);
        }

        return builder.Build();
    }

    private static void Append(PlainTextBuilder builder, string text, int from, int start)
    {
        for (var k = from; k < text.Length; k++)
        {
            builder.Append(text[k], start + k);
        }
    }

    internal static List<(int Start, string Text)> Lines(string body)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == '\n')
            {
                var end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                lines.Add((start, body[start..end]));
                start = i + 1;
            }
        }

        return lines;
    }
}
