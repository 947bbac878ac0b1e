using System.Text;

namespace LitTracker.Reports.Text;

/// <summary>Escaping for untrusted text placed in Markdown.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes Markdown punctuation and raw HTML so the text renders literally; line breaks become
    /// spaces so the text stays on one line.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes text for a Markdown table cell (pipes included).</summary>
    public static string EscapeCell(string text) => Escape(text);
}
