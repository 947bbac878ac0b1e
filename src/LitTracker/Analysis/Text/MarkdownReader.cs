using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Text;

/// <summary>
/// Reads the Markdown that articles are written in (CommonMark's common subset, hand-written so
/// that every character keeps its source offset): ATX and setext headings, bold-only lines as
/// headings, bulleted and numbered lists, block quotes, fenced code (skipped), tables (cells as
/// text), emphasis, code spans, links (text kept, target recorded), images (dropped), inline HTML
/// tags (dropped; <c>&lt;sup&gt;</c> recorded) and link definitions (dropped).
/// </summary>
public static partial class MarkdownReader
{
    /// <summary>Reads <paramref name="body"/>.</summary>
    public static PlainText Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = PlainTextReader.Lines(body);
        var builder = new PlainTextBuilder(body.Length);
        var fenced = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, line) = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                builder.End();
                fenced = !fenced;
                continue;
            }

            if (fenced || LinkDefinition().IsMatch(line) || TableRule().IsMatch(line) || HorizontalRule().IsMatch(line))
            {
                builder.End();
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                builder.End();
                continue;
            }

            var offset = line.Length - trimmed.Length;
            while (offset < line.Length && line[offset] == '>')
            {
                offset++;
                while (offset < line.Length && line[offset] == ' ')
                {
                    offset++;
                }
            }

            var content = line[offset..];
            if (i + 1 < lines.Count && SetextRule().IsMatch(lines[i + 1].Text) && !builder.InBlock)
            {
                builder.Begin(BlockKind.Heading);
                Inline(builder, body, start + offset, start + line.Length);
                builder.End();
                i++;
                continue;
            }

            var atx = Atx().Match(content);
            if (atx.Success)
            {
                builder.Begin(BlockKind.Heading);
                var end = content.TrimEnd().TrimEnd('#').Length;
                Inline(builder, body, start + offset + atx.Length, start + offset + Math.Max(atx.Length, end));
                builder.End();
                continue;
            }

            var bullet = LineShapes.BulletLength(content);
            if (bullet > 0)
            {
                builder.Begin(BlockKind.ListItem);
                Inline(builder, body, start + offset + bullet, start + line.Length);
                continue;
            }

            if (!builder.InBlock)
            {
                builder.Begin(BoldOnly().IsMatch(content) ? BlockKind.Heading : BlockKind.Paragraph);
            }
            else
            {
                builder.Append(' ', start);
            }

            Inline(builder, body, start + offset, start + line.Length);
        }

        return builder.Build();
    }

    private static void Inline(PlainTextBuilder builder, string body, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < to && char.IsPunctuation(body[i + 1]) || c == '\\' && i + 1 < to && char.IsSymbol(body[i + 1]))
            {
                builder.Append(body[i + 1], i + 1);
                i += 2;
                continue;
            }

            if (c == '!' && i + 1 < to && body[i + 1] == '[')
            {
                // Searching only up to 'to': Match(body, i) would scan the rest of the body for every '[' that is no link.
                var image = LinkAt().Match(body, i + 1, to - i - 1);
                if (image.Success && image.Index == i + 1 && image.Index + image.Length <= to)
                {
                    i = image.Index + image.Length;
                    continue;
                }
            }

            if (c == '[' && !(i + 1 < to && body[i + 1] == '^'))
            {
                var link = LinkAt().Match(body, i, to - i);
                if (link.Success && link.Index == i && link.Index + link.Length <= to)
                {
                    var at = builder.Length;
                    var text = link.Groups["text"];
                    Inline(builder, body, text.Index, text.Index + text.Length);
                    builder.Link(at, link.Groups["url"].Value);
                    i = link.Index + link.Length;
                    continue;
                }
            }

            if (c == '<')
            {
                var tag = Tag().Match(body, i, to - i);
                if (tag.Success && tag.Index == i && tag.Index + tag.Length <= to)
                {
                    var auto = tag.Groups["auto"];
                    if (auto.Success)
                    {
                        var at = builder.Length;
                        for (var k = 0; k < auto.Length; k++)
                        {
                            builder.Append(body[auto.Index + k], auto.Index + k);
                        }

                        builder.Link(at, auto.Value);
                    }
                    else if (tag.Groups["sup"].Success)
                    {
                        var close = body.IndexOf("</sup>", tag.Index + tag.Length, StringComparison.OrdinalIgnoreCase);
                        if (close > 0 && close <= to)
                        {
                            var at = builder.Length;
                            Inline(builder, body, tag.Index + tag.Length, close);
                            builder.Link(at, null);
                            i = close + "</sup>".Length;
                            continue;
                        }
                    }

                    i = tag.Index + tag.Length;
                    continue;
                }
            }

            if (c is '*' or '`' || c == '_' && (i == from || !char.IsLetterOrDigit(body[i - 1]) || i + 1 >= to || !char.IsLetterOrDigit(body[i + 1])))
            {
                i++;
                continue;
            }

            if (c == '|')
            {
                builder.Append(' ', i);
                i++;
                continue;
            }

            builder.Append(c, i);
            i++;
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Atx();

    [GeneratedRegex(@"^\s{0,3}(=+|-{2,})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetextRule();

    [GeneratedRegex(@"^\s{0,3}([-*_]\s*){3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s{0,3}\[[^\]^]+\]:\s*\S+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\s*(\*\*|__)[^*_]+(\*\*|__):?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BoldOnly();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAt();

    [GeneratedRegex(@"<(?:(?<auto>https?://[^>\s]+)|(?<sup>sup)\s*>|/?[a-zA-Z][^>]{0,200})>?", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
