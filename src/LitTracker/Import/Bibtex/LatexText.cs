using System.Text;
using System.Text.RegularExpressions;

namespace LitTracker.Import.Bibtex;

/// <summary>Converts BibTeX field text (LaTeX) to plain Unicode.</summary>
public static partial class LatexText
{
    /// <summary>
    /// Converts accents (<c>{\"o}</c>, <c>\'{e}</c>), letters (<c>{\ss}</c>, <c>\o</c>), escapes
    /// (<c>\&amp;</c>, <c>\%</c>), dashes (<c>--</c> → en dash, <c>---</c> → em dash), quotes,
    /// simple math (<c>$\alpha$</c>, <c>$^2$</c>) and formatting commands (their text is kept) to
    /// Unicode; drops protective braces; collapses whitespace. Never throws on malformed LaTeX.
    /// </summary>
    public static string ToUnicode(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        return Collapse(IsPlain(latex) ? ImportText.Nfc(latex) : LatexConverter.Convert(latex));
    }

    /// <summary>
    /// For identifiers and URLs: drops braces and the backslash of escaped characters
    /// (<c>\_</c>, <c>\%</c>, <c>\&amp;</c>, <c>\#</c>, <c>\$</c>, <c>\~</c>) but converts nothing else.
    /// </summary>
    public static string Verbatim(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        if (latex.AsSpan().IndexOfAny('{', '}', '\\') < 0)
        {
            // Nothing to drop: DOIs, PMIDs and most URLs.
            return Collapse(latex);
        }

        var sb = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c is '{' or '}')
            {
                continue;
            }

            if (c == '\\' && i + 1 < latex.Length && latex[i + 1] is '_' or '%' or '&' or '#' or '$' or '~' or '{' or '}')
            {
                continue;
            }

            sb.Append(c);
        }

        return Collapse(sb.ToString());
    }

    private static string Collapse(string text) => ImportValues.IsCollapsed(text) ? text : Whitespace().Replace(text, " ").Trim();

    // Text the converter would copy unchanged (up to whitespace, which Collapse folds anyway):
    // no braces, commands, math, ties, dash ligatures or quote ligatures. Most titles and abstracts.
    private static bool IsPlain(string latex)
    {
        if (latex.AsSpan().IndexOfAny("{}\\$~") >= 0)
        {
            return false;
        }

        return !latex.Contains("--", StringComparison.Ordinal) && !latex.Contains("``", StringComparison.Ordinal) && !latex.Contains("''", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
