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
    /// Markdown: text escaped with <see cref="Markdown.Escape"/>, italics as <c>*…*</c>, links as
    /// <c>[text](&lt;url&gt;)</c> (only http/https targets; others render as text).
    /// </summary>
    public static string ToMarkdown(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var escaped = Markdown.Escape(run.Text);
            if (run.Italic)
            {
                escaped = "*" + escaped + "*";
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
    /// HTML fragment: everything encoded with <see cref="Html.Encode"/>, italics as <c>&lt;i&gt;</c>,
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

    // A pointy-bracket destination may not contain line breaks or unescaped angle brackets.
    private static bool IsSafeMarkdownDestination(string url) => url.IndexOfAny(['<', '>', '\n', '\r', ' ']) < 0;
}
