using System.Text;

namespace LitTracker.Sources;

/// <summary>
/// Canonical decomposition (<see cref="NormalizationForm.FormD"/>) of names char by char, from a table
/// for the scripts nearly every author's name is written in, instead of a call into ICU per string.
/// </summary>
internal static class Decomposition
{
    /// <summary>Each char of the table's range decomposes to at most this many chars (ᾄ → α ̓ ́ ͅ).</summary>
    public const int MaxExpansion = 4;

    // Everything before the mathematical operators: Latin (Vietnamese included), Greek, Cyrillic and the
    // other alphabets, combining diacritics, general punctuation (’ – “), letterlike symbols.
    private const char TableEnd = '\u2200';

    // Filled as chars are met. A race only writes the same value twice.
    private static readonly string?[] Table = new string?[TableEnd];
    private static readonly char[] Lower = new char[TableEnd];

    /// <summary>
    /// <see cref="char.ToLowerInvariant"/>, from a table for the table's range: outside ASCII the runtime
    /// asks ICU for every char.
    /// </summary>
    public static char ToLowerInvariant(char c)
    {
        if (c >= TableEnd)
        {
            return char.ToLowerInvariant(c);
        }

        var lower = Lower[c];
        if (lower == '\0')
        {
            lower = char.ToLowerInvariant(c);
            Lower[c] = lower;
        }

        return lower;
    }

    /// <summary>
    /// Writes the canonical decomposition of <paramref name="text"/> to <paramref name="destination"/>
    /// (at least <see cref="MaxExpansion"/> chars per char of the text); false when a char is outside the
    /// table, and then the caller normalises the string itself.
    /// </summary>
    /// <remarks>
    /// Decomposing char by char is what normalisation does, except that it also sorts runs of combining
    /// marks by combining class. Marks are dropped or end a word wherever they are used here, and every
    /// char of the table that is kept (a letter) has combining class 0, so it never moves.
    /// </remarks>
    public static bool TryDecompose(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                destination[written++] = c;
                continue;
            }

            if (c >= TableEnd)
            {
                return false;
            }

            var decomposed = Table[c] ??= c.ToString().Normalize(NormalizationForm.FormD);
            decomposed.CopyTo(destination[written..]);
            written += decomposed.Length;
        }

        return true;
    }
}
