using System.Buffers;
using System.Text;

namespace LitTracker.Import;

/// <summary>
/// Allocation-free checks that let the import parsers skip work that would change nothing: ICU
/// normalisation of text already in NFC, whitespace collapsing of text already collapsed.
/// </summary>
internal static class ImportText
{
    // Every character char.IsWhiteSpace accepts except the plain space, so that the set can never
    // drift from the definition the slow path uses.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace)]);

    /// <summary>Index of the first character <see cref="char.IsWhiteSpace(char)"/> accepts, or -1.</summary>
    public static int IndexOfWhitespace(ReadOnlySpan<char> text) => text.IndexOfAny(Whitespace);

    /// <summary><paramref name="text"/> in Unicode normalisation form C.</summary>
    public static string Nfc(string text) => IsNfcWithoutIcu(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// True when every character is one that NFC keeps as it is and never composes with a
    /// neighbour (quick-check "yes", combining class 0): Latin, Latin Extended, basic Greek
    /// letters and general punctuation — the names, titles and dashes of nearly every record.
    /// False says nothing: such text may or may not be normalised already.
    /// </summary>
    public static bool IsNfcWithoutIcu(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (i < 0)
        {
            return true;
        }

        foreach (var c in text[i..])
        {
            if (!IsNfcStable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters <see cref="IsNfcWithoutIcu"/> accepts (checked against ICU by a test).</summary>
    public static bool IsNfcStable(char c) =>
        c < '\u0300' || c is (>= '\u0391' and <= '\u03C9') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2010' and <= '\u2027');

    /// <summary>
    /// True when trimming and collapsing whitespace would change nothing: no leading or trailing
    /// whitespace, and none but single plain spaces.
    /// </summary>
    public static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        return text.IndexOfAny(OtherWhitespace) < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0;
    }
}
