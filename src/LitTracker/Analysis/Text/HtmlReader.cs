using System.Net;

namespace LitTracker.Analysis.Text;

/// <summary>
/// Reads HTML (hand-written and forgiving: unclosed tags and stray brackets are fine): block
/// elements start blocks, h1-h6 are headings, li are list items, script/style/head/nav/footer
/// content is skipped, entities are decoded (each decoded character maps to its entity), links and
/// superscripts are recorded.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "aside", "blockquote", "ul", "ol", "table", "tr", "td", "th", "br", "hr",
        "pre", "figure", "figcaption", "dl", "dt", "dd", "body", "html", "title",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe",
    };

    /// <summary>Reads <paramref name="body"/>.</summary>
    public static PlainText Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var builder = new PlainTextBuilder(body.Length);
        var links = new Stack<(int At, string? Target, string Tag)>();
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(body, i, "<!--", 0, 4) == 0)
                {
                    var endComment = body.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = endComment < 0 ? body.Length : endComment + 3;
                    continue;
                }

                var close = body.IndexOf('>', i + 1);
                if (close < 0 || !(i + 1 < body.Length && (char.IsLetter(body[i + 1]) || body[i + 1] is '/' or '!')))
                {
                    builder.Append(c, i);
                    i++;
                    continue;
                }

                var tag = body[(i + 1)..close];
                var closing = tag.StartsWith('/');
                var name = new string(tag.TrimStart('/', '!').TakeWhile(char.IsLetterOrDigit).ToArray());
                i = close + 1;
                if (!closing && Skipped.Contains(name))
                {
                    var end = body.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? body.Length : Math.Max(i, body.IndexOf('>', end) + 1);
                    if (i == 0)
                    {
                        i = body.Length;
                    }

                    continue;
                }

                if (name.Length == 2 && (name[0] is 'h' or 'H') && char.IsDigit(name[1]))
                {
                    if (closing)
                    {
                        builder.End();
                    }
                    else
                    {
                        builder.Begin(BlockKind.Heading);
                    }
                }
                else if (string.Equals(name, "li", StringComparison.OrdinalIgnoreCase))
                {
                    if (closing)
                    {
                        builder.End();
                    }
                    else
                    {
                        builder.Begin(BlockKind.ListItem);
                    }
                }
                else if (Blocks.Contains(name))
                {
                    builder.End();
                }
                else if (string.Equals(name, "a", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "sup", StringComparison.OrdinalIgnoreCase))
                {
                    if (!closing)
                    {
                        links.Push((builder.Length, name.Length == 1 ? Href(tag) : null, name));
                    }
                    else if (links.Count > 0)
                    {
                        var (at, target, _) = links.Pop();
                        builder.Link(at, target);
                    }
                }

                continue;
            }

            if (c == '&')
            {
                var semi = body.IndexOf(';', i + 1, Math.Min(12, body.Length - i - 1));
                if (semi > 0)
                {
                    var decoded = WebUtility.HtmlDecode(body[i..(semi + 1)]);
                    if (decoded.Length < semi + 1 - i)
                    {
                        builder.Append(decoded, i);
                        i = semi + 1;
                        continue;
                    }
                }
            }

            builder.Append(c, i);
            i++;
        }

        return builder.Build();
    }

    private static string Href(string tag)
    {
        var at = tag.IndexOf("href", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return string.Empty;
        }

        var rest = tag[(at + 4)..].TrimStart().TrimStart('=').TrimStart();
        if (rest.Length == 0)
        {
            return string.Empty;
        }

        var quote = rest[0];
        var value = quote is '"' or '\'' ? rest[1..].Split(quote)[0] : rest.Split(' ', '>')[0];
        return WebUtility.HtmlDecode(value);
    }
}
