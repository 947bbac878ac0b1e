using System.Text;

namespace LitTracker.Reports.Text;

/// <summary>Escaping for CommonMark / GitHub-flavoured Markdown.</summary>
public static class Markdown
{
    // ASCII punctuation that can open or close inline syntax (or a table cell, or an entity).
    // Parentheses and '!' only act next to '[' / ']', which are escaped; '.', '-', '+', '#' and
    // '=' only matter at the start of a line, and escaped values never start one: writers always
    // put a list marker, heading marker or cell border first.
    private const string Specials = "\\`*_[]<>|~&";

    /// <summary>
    /// Escapes text for inline use: backslash-escapes Markdown punctuation (including <c>|</c>, so
    /// the result is also safe inside a table cell), and folds line breaks into spaces so one value
    /// never breaks a list item or a table row.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes a table cell: as <see cref="Escape"/>, and an empty value becomes a single space
    /// so the row keeps its columns.
    /// </summary>
    public static string Cell(string? text)
    {
        var escaped = Escape(text);
        return escaped.Length == 0 ? " " : escaped;
    }

    /// <summary>Writes a table row: <c>| a | b |</c>.</summary>
    public static string Row(IEnumerable<string> escapedCells) => "| " + string.Join(" | ", escapedCells) + " |";

    /// <summary>Writes the header separator for <paramref name="columns"/> columns.</summary>
    public static string Separator(int columns) => "|" + string.Concat(Enumerable.Repeat("---|", columns));
}
