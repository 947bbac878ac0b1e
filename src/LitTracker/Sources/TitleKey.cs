using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LitTracker.Sources;

/// <summary>
/// A normalised title for duplicate candidates: case, diacritics, LaTeX braces and commands, HTML
/// tags and entities and punctuation are folded away, and runs of space collapse. Stored on every source
/// (<see cref="Source.TitleKey"/>) so candidate lookups use an index.
/// </summary>
public static partial class TitleKey
{
    /// <summary>
    /// The text with its HTML entities decoded ("&amp;#8217;", "&amp;uuml;"), as web pages and XML
    /// exports leave them: the same text when it has none. Also used on first authors' names
    /// (<see cref="Duplicates.SurnameMatcher"/>), so that one entity does not make two surnames, and on
    /// ';'-separated author lists before they are split (CSV import, the duplicate evaluation).
    /// </summary>
    internal static string DecodeEntities(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(text) : text;

    /// <summary>The normalised form of <paramref name="title"/>.</summary>
    public static string For(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        // Neither pattern can match without its first character, and most titles have neither.
        // Entities first ("&#8212;", "&mdash;", "&lt;i&gt;" as web pages and XML exports leave them), then tags.
        var text = DecodeEntities(title);
        text = text.Contains('<', StringComparison.Ordinal) ? HtmlTag().Replace(text, " ") : text;

        if (text.Contains('\\', StringComparison.Ordinal))
        {
            text = LatexCommand().Replace(text, string.Empty);
        }

        text = text.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        if (Ascii.IsValid(text))
        {
            return ForAscii(text);
        }

        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    // The same result for ASCII text without the Unicode machinery: decomposition and composition
    // leave ASCII as it is, it has no non-spacing marks, and its letters and digits are [A-Za-z0-9].
    private static string ForAscii(string text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                space = false;
            }
            else if (!space)
            {
                buffer[length++] = ' ';
                space = true;
            }
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return new string(buffer[..length]);
    }

    [GeneratedRegex("<[^>]{0,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    // \emph, \textit… keep their argument and the accent commands (\'{e}) keep their letter:
    // the command goes, then the braces, so "{\'E}tude" folds to "etude", not "e tude".
    [GeneratedRegex(@"\\[a-zA-Z]+\*?|\\.", RegexOptions.CultureInvariant)]
    private static partial Regex LatexCommand();
}
