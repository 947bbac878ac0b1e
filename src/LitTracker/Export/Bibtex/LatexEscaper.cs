using System.Text;

namespace LitTracker.Export.Bibtex;

/// <summary>
/// Turns plain Unicode into BibTeX field text that <c>LatexText.ToUnicode</c> reads back unchanged:
/// the LaTeX special characters are escaped, dash runs and doubled quotes are broken up so they do
/// not become typographic dashes and quotes, and non-ASCII letters stay as they are (UTF-8).
/// </summary>
public static class LatexEscaper
{
    /// <summary>Escaped text, whitespace collapsed; null for blank.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="keepDashes">True for page ranges, where "--" is meant as a dash.</param>
    public static string? Text(string? text, bool keepDashes = false)
    {
        var flat = ExportValues.Flat(text);
        if (flat is null)
        {
            return null;
        }

        var sb = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var previous = i > 0 ? flat[i - 1] : '\0';
            switch (c)
            {
                case '\\':
                    sb.Append(@"\textbackslash{}");
                    break;
                case '{' or '}' or '&' or '%' or '$' or '#' or '_':
                    sb.Append('\\').Append(c);
                    break;
                case '~':
                    sb.Append(@"\textasciitilde{}");
                    break;
                case '^':
                    sb.Append(@"\textasciicircum{}");
                    break;
                case '-' or '`' or '\'' when previous == c && !(keepDashes && c == '-'):
                    sb.Append('{').Append(c).Append('}');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A title: escaped, and the words whose capitals must survive a style's case change wrapped in
    /// braces. Acronyms and mixed case ("mRNA", "COVID-19", "DNA") always are. In a sentence-case
    /// title a capitalised word after the first is a proper noun ("Alzheimer") and is protected too;
    /// in a Title Case title it is not, or a sentence-case style could not lower-case anything.
    /// </summary>
    public static string? Title(string? text)
    {
        var flat = ExportValues.Flat(text);
        if (flat is null)
        {
            return null;
        }

        var words = flat.Split(' ');
        var longWords = words.Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        var titleCase = longWords.Count(w => char.IsUpper(w[0])) > longWords.Count / 2;
        var sb = new StringBuilder(flat.Length + 16);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var escaped = Text(word)!;
            var capitalInside = word.Split('-', '/').Any(part => part.Skip(1).Any(char.IsUpper));
            var properNoun = !titleCase && i > 0 && word.Length > 0 && char.IsUpper(word[0]);
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(capitalInside || properNoun ? "{" + escaped + "}" : escaped);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Identifiers and URLs, written as they are (BibLaTeX reads them verbatim, so "%" or "_" must
    /// not be escaped); braces, which no DOI or URL needs, are dropped to keep the entry balanced.
    /// </summary>
    public static string? Verbatim(string? text) =>
        ExportValues.Flat(text) is { } flat ? ExportValues.Flat(flat.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)) : null;
}
