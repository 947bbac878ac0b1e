using System.Text;

namespace LitTracker.Reports.Text;

/// <summary>Renders <see cref="RichText"/> to plain text, Markdown or HTML, escaped for each.</summary>
public static class RichTextRenderer
{
    /// <summary>The text with formatting dropped; nothing is escaped.</summary>
    public static string ToPlainText(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Runs.Select(r => r.Text));
    }

    /// <summary>
    /// Markdown: text escaped with <see cref="Markdown.Escape"/>, italics as <c>*…*</c>, bold as <c>**…**</c>, super/subscript as inline tags, links as
    /// <c>[text](&lt;url&gt;)</c> (only http/https targets; others render as text).
    /// </summary>
    public static string ToMarkdown(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var escaped = Markdown.Escape(run.Text);
            if (run.Italic && escaped.Trim().Length > 0)
            {
                escaped = "*" + escaped + "*";
            }

            if ((run.Format & TextFormat.Bold) != 0 && escaped.Trim().Length > 0)
            {
                escaped = "**" + escaped + "**";
            }

            // Markdown has no syntax for these; GitHub and CommonMark pass these inline tags through.
            if ((run.Format & TextFormat.Superscript) != 0)
            {
                escaped = "<sup>" + escaped + "</sup>";
            }
            else if ((run.Format & TextFormat.Subscript) != 0)
            {
                escaped = "<sub>" + escaped + "</sub>";
            }

            if (Html.IsSafeLink(run.LinkTarget) && IsSafeMarkdownDestination(run.LinkTarget!))
            {
                builder.Append('[').Append(escaped).Append("](<").Append(run.LinkTarget).Append(">)");
            }
            else
            {
                builder.Append(escaped);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// HTML fragment: everything encoded with <see cref="Html.Encode"/>, italics as <c>&lt;i&gt;</c>, bold, small caps, underline, super- and subscript as their tags,
    /// links as <c>&lt;a href&gt;</c> (only http/https targets).
    /// </summary>
    public static string ToHtml(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var encoded = Html.Encode(run.Text);
            if (run.Italic)
            {
                encoded = "<i>" + encoded + "</i>";
            }

            encoded = HtmlFormat(encoded, run.Format);

            if (Html.IsSafeLink(run.LinkTarget))
            {
                builder.Append("<a href=\"").Append(Html.Encode(run.LinkTarget)).Append("\">").Append(encoded).Append("</a>");
            }
            else
            {
                builder.Append(encoded);
            }
        }

        return builder.ToString();
    }

    private static string HtmlFormat(string encoded, TextFormat format)
    {
        if (format == TextFormat.None)
        {
            return encoded;
        }

        if ((format & TextFormat.Bold) != 0)
        {
            encoded = "<b>" + encoded + "</b>";
        }

        if ((format & TextFormat.SmallCaps) != 0)
        {
            encoded = "<span style=\"font-variant:small-caps;\">" + encoded + "</span>";
        }

        if ((format & TextFormat.Underline) != 0)
        {
            encoded = "<u>" + encoded + "</u>";
        }

        if ((format & TextFormat.Superscript) != 0)
        {
            encoded = "<sup>" + encoded + "</sup>";
        }
        else if ((format & TextFormat.Subscript) != 0)
        {
            encoded = "<sub>" + encoded + "</sub>";
        }

        return encoded;
    }

    // A pointy-bracket destination may not contain line breaks or unescaped angle brackets.
    private static bool IsSafeMarkdownDestination(string url) => url.IndexOfAny(['<', '>', '\n', '\r', ' ']) < 0;
}
