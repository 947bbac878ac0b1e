using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LitTracker.Metadata;

/// <summary>
/// Turns registry text with inline markup (JATS in Crossref abstracts and titles, HTML-ish tags in
/// PubMed) into plain text: tags dropped, entities decoded, whitespace collapsed.
/// </summary>
internal static partial class MarkupText
{
    /// <summary>Plain text of a title-like string: one line, no tags.</summary>
    public static string? Inline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Entities are decoded after the tags are gone, so an escaped "&lt;" is text, never a tag.
        return Collapse(WebUtility.HtmlDecode(Tag().Replace(text, string.Empty)));
    }

    /// <summary>Whitespace collapsed to single spaces, for text that is already free of markup (XML node values).</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = Space().Replace(text, " ").Trim();

        // Pretty-printed JATS puts inline elements on their own lines: "( KRAS )" → "(KRAS)".
        s = SpaceAfterOpen().Replace(s, "$1");
        s = SpaceBeforeClose().Replace(s, "$1");
        return s.Length == 0 ? null : s;
    }

    /// <summary>
    /// Plain text of a JATS abstract: each section title becomes "Title: " before its paragraphs,
    /// paragraphs are separated by a blank line, and a leading "Abstract" heading is dropped.
    /// </summary>
    public static string? JatsAbstract(string? jats)
    {
        if (string.IsNullOrWhiteSpace(jats))
        {
            return null;
        }

        var paragraphs = new List<string>();
        string? pendingTitle = null;
        foreach (Match m in Block().Matches(jats))
        {
            var text = Inline(m.Groups["body"].Value);
            if (text is null)
            {
                continue;
            }

            if (m.Groups["tag"].Value.EndsWith("title", StringComparison.Ordinal))
            {
                pendingTitle = paragraphs.Count == 0 && pendingTitle is null && text.Equals("Abstract", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : text;
                continue;
            }

            paragraphs.Add(pendingTitle is null ? text : $"{pendingTitle.TrimEnd(':', '.')}: {text}");
            pendingTitle = null;
        }

        if (paragraphs.Count == 0)
        {
            // No block structure at all: plain text or unknown tags.
            return Inline(jats);
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Joins labelled markup-free parts ("BACKGROUND", text) the way <see cref="JatsAbstract"/> does.</summary>
    public static string? JoinLabelled(IEnumerable<(string? Label, string? Text)> parts)
    {
        var sb = new StringBuilder();
        foreach (var (label, text) in parts)
        {
            var t = Collapse(text);
            if (t is null)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            var l = Collapse(label);
            sb.Append(l is null ? t : $"{l}: {t}");
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    [GeneratedRegex(@"([(\[]) ", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAfterOpen();

    // Not before "." or ":": "p < .05" must keep its space.
    [GeneratedRegex(@" ([)\],;])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeClose();

    // A title or paragraph element, any namespace prefix; paragraphs do not nest in abstracts.
    [GeneratedRegex(@"<(?<tag>(?:\w+:)?(?:title|p))\b[^>]*>(?<body>.*?)</\k<tag>>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
