namespace LitTracker.Import.Bibtex;

/// <summary>The word level of <see cref="BibtexNames"/>: words, names in a list, comma parts.</summary>
internal static class BibtexNameWords
{
    // The names of a list: its words (see WordRanges) between "and"s, joined by single spaces.
    // Most lists already separate words by one space, and a name is then a plain substring.
    public static List<string> SplitNames(string raw)
    {
        var words = WordRanges(raw);
        var names = new List<string>((words.Count / 3) + 1);
        var first = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !raw.AsSpan(words[i].Start, words[i].Length).Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (i < words.Count || i > first)
            {
                names.Add(Join(raw, words, first, i));
            }

            first = i + 1;
        }

        return names;
    }

    public static string Join(string raw, List<(int Start, int Length)> words, int from, int to)
    {
        if (from == to)
        {
            return string.Empty;
        }

        var contiguous = true;
        for (var k = from; k < to - 1 && contiguous; k++)
        {
            var end = words[k].Start + words[k].Length;
            contiguous = raw[end] == ' ' && words[k + 1].Start == end + 1;
        }

        if (contiguous)
        {
            var (start, _) = words[from];
            return raw.Substring(start, words[to - 1].Start + words[to - 1].Length - start);
        }

        var parts = new string[to - from];
        for (var k = from; k < to; k++)
        {
            parts[k - from] = raw.Substring(words[k].Start, words[k].Length);
        }

        return string.Join(' ', parts);
    }

    /// <summary>Splits on whitespace and '~' outside braces.</summary>
    public static List<string> Words(string text)
    {
        var ranges = WordRanges(text);
        var words = new List<string>(ranges.Count);
        foreach (var (start, length) in ranges)
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    /// <summary>
    /// Where the words are: runs of characters ended by whitespace or an unescaped '~' outside
    /// braces (a word is always a contiguous piece of the text).
    /// </summary>
    public static List<(int Start, int Length)> WordRanges(string text)
    {
        // Sized for words of about six characters, so that long author lists do not regrow it.
        var words = new List<(int Start, int Length)>((text.Length / 6) + 2);
        if (text.AsSpan().IndexOfAny('{', '}', '~') < 0)
        {
            // Without braces or ties, words are the runs between whitespace.
            var at = 0;
            while (at < text.Length)
            {
                var gap = ImportText.IndexOfWhitespace(text.AsSpan(at));
                var length = gap < 0 ? text.Length - at : gap;
                if (length > 0)
                {
                    words.Add((at, length));
                }

                at += length + 1;
            }

            return words;
        }

        var depth = 0;
        var previous = '\0';
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escaped = previous == '\\';
            previous = c;
            if (depth == 0 && (char.IsWhiteSpace(c) || (c == '~' && !escaped)))
            {
                if (start >= 0)
                {
                    words.Add((start, i - start));
                    start = -1;
                }

                continue;
            }

            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            start = start < 0 ? i : start;
        }

        if (start >= 0)
        {
            words.Add((start, text.Length - start));
        }

        return words;
    }

    /// <summary>The parts between <paramref name="separator"/>s outside braces, each trimmed.</summary>
    public static List<string> SplitTrimmedTopLevel(string text, char separator)
    {
        var parts = new List<string>(3);
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' && depth > 0 ? -1 : 0;
            if (depth == 0 && text[i] == separator)
            {
                parts.Add(Trimmed(text, start, i));
                start = i + 1;
            }
        }

        parts.Add(Trimmed(text, start, text.Length));
        return parts;
    }

    // text[start..end].Trim(), with one allocation at most.
    private static string Trimmed(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        return span.Length == text.Length ? text : span.ToString();
    }
}
