namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Titles as word numbers: every word of two to 255 lower-case ASCII letters gets a number the
/// first time a title with it is stored, so a stored title is mostly one or two bytes a word
/// (a varint) instead of the word's letters; other words (numbers, accented letters) are spelt
/// out. Numbering at first sight keeps the encoding canonical: a word without a number is in no
/// stored title. Words are never forgotten (a rollback leaves them numbered, which is harmless).
/// </summary>
internal sealed class TitleWords
{
    private readonly SlotTable _table = new();
    private readonly ByteArena _letters = new();
    private readonly ChunkedList<int> _positions = new();

    /// <summary>The number of a word, numbering it if new; -1 for a word spelt out.</summary>
    public int Number(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 255)
        {
            return -1;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return -1;
            }
        }

        var hash = (uint)string.GetHashCode(word);
        var cursor = -1;
        while (_table.TryNext(hash, ref cursor, out var found))
        {
            if (Equals(_letters.From(_positions[found]), word))
            {
                return found;
            }
        }

        var position = _letters.Append(word.Length + 1, out var span);
        span[0] = (byte)word.Length;
        for (var i = 0; i < word.Length; i++)
        {
            span[i + 1] = (byte)word[i];
        }

        var number = _positions.Add(position);
        _table.Add(hash, number);
        return number;
    }

    /// <summary>Writes the letters of word <paramref name="number"/> to <paramref name="to"/>; returns how many.</summary>
    public int Spell(int number, Span<char> to)
    {
        var stored = _letters.From(_positions[number]);
        var length = stored[0];
        for (var i = 0; i < length; i++)
        {
            to[i] = (char)stored[i + 1];
        }

        return length;
    }

    private static bool Equals(ReadOnlySpan<byte> stored, ReadOnlySpan<char> word)
    {
        if (stored[0] != word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (stored[i + 1] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
