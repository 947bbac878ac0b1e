using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LitTracker.Tests.Sources.Reference;

/// <summary>
/// TitleKey as it was before its ASCII fast path (commit a1cafae), with HTML entities decoded as
/// since session 4, for TitleKeyDifferentialTests.
/// A normalised title for duplicate candidates: case, diacritics, LaTeX braces and commands, HTML
/// tags and punctuation are folded away, and runs of space collapse. Stored on every source
/// (Source.TitleKey) so candidate lookups use an index.
/// </summary>
internal static partial class ReferenceTitleKey
{
    /// <summary>The normalised form of <paramref name="title"/>.</summary>
    public static string For(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        // Session 4: HTML entities are decoded before tags are stripped (the fast path does the same).
        var text = HtmlTag().Replace(System.Net.WebUtility.HtmlDecode(title), " ");
        text = LatexCommand().Replace(text, string.Empty).Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
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

    [GeneratedRegex("<[^>]{0,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    // \emph, \textit… keep their argument and the accent commands (\'{e}) keep their letter:
    // the command goes, then the braces, so "{\'E}tude" folds to "etude", not "e tude".
    [GeneratedRegex(@"\\[a-zA-Z]+\*?|\\.", RegexOptions.CultureInvariant)]
    private static partial Regex LatexCommand();
}
