using System.Text;
using LitTracker.Reports.Csl;
using LitTracker.Reports.Text;

namespace LitTracker.Tests.Reports.Csl;

/// <summary>Renders processor output the way the CSL test-suite writes expected results (citeproc-js HTML).</summary>
internal static class CiteprocHtml
{
    public static string Bibliography(IReadOnlyList<CslEntry> entries)
    {
        var builder = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var entry in entries)
        {
            if (entry.LeftMargin is { } margin)
            {
                builder.Append("  <div class=\"csl-entry\">\n    <div class=\"csl-left-margin\">").Append(Inline(margin))
                    .Append("</div><div class=\"csl-right-inline\">").Append(Inline(entry.Text)).Append("</div>\n  </div>\n");
            }
            else
            {
                builder.Append("  <div class=\"csl-entry\">").Append(Inline(entry.Text)).Append("</div>\n");
            }
        }

        return builder.Append("</div>").ToString();
    }

    public static string Inline(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var encoded = run.Text.Replace("&", "&#38;", StringComparison.Ordinal).Replace("<", "&#60;", StringComparison.Ordinal).Replace(">", "&#62;", StringComparison.Ordinal);
            if (run.Italic)
            {
                encoded = "<i>" + encoded + "</i>";
            }

            if (run.Format.HasFlag(TextFormat.Bold))
            {
                encoded = "<b>" + encoded + "</b>";
            }

            if (run.Format.HasFlag(TextFormat.SmallCaps))
            {
                encoded = "<span style=\"font-variant:small-caps;\">" + encoded + "</span>";
            }

            if (run.Format.HasFlag(TextFormat.Underline))
            {
                encoded = "<span style=\"text-decoration:underline;\">" + encoded + "</span>";
            }

            if (run.Format.HasFlag(TextFormat.Superscript))
            {
                encoded = "<sup>" + encoded + "</sup>";
            }

            if (run.Format.HasFlag(TextFormat.Subscript))
            {
                encoded = "<sub>" + encoded + "</sub>";
            }

            builder.Append(encoded);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lines trimmed, so indentation quirks of the fixtures do not count; citeproc-js's nested
    /// upright span inside italics (<c>&lt;i&gt;a &lt;span style="font-style:normal;"&gt;b&lt;/span&gt; c&lt;/i&gt;</c>)
    /// written as the equivalent flat runs (<c>&lt;i&gt;a &lt;/i&gt;b&lt;i&gt; c&lt;/i&gt;</c>), which is how
    /// <see cref="Inline"/> writes formatting.
    /// </summary>
    public static string Normalise(string text) =>
        string.Join("\n", Flatten(text).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()));

    private static string Flatten(string html)
    {
        const string Upright = "<span style=\"font-style:normal;\">";
        int open;
        while ((open = html.IndexOf(Upright, StringComparison.Ordinal)) >= 0)
        {
            var close = html.IndexOf("</span>", open, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            html = html[..open] + "</i>" + html[(open + Upright.Length)..close] + "<i>" + html[(close + "</span>".Length)..];
        }

        return html.Replace("<i></i>", string.Empty, StringComparison.Ordinal);
    }
}
