using System.Text;

namespace LitTracker.Sources;

/// <summary>
/// Canonical decomposition (<see cref="NormalizationForm.FormD"/>) of names char by char, from a table
/// for the scripts nearly every author's name is written in, instead of a call into ICU per string.
/// </summary>
internal static class Decomposition
{
    /// <summary>Each char of the table's range decomposes to at most this many chars (ΐ → ι ̈ ́).</summary>
    public const int MaxExpansion = 4;

    // Latin-1, Latin Extended-A/B, IPA, spacing modifiers, combining diacritics, Greek and Cyrillic.
    private const char TableEnd = '\u0530';

    // Filled as chars are met. A race only writes the same string twice.
    private static readonly string?[] Table = new string?[TableEnd];

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
