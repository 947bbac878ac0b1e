namespace LitTracker.Sources.Duplicates;

/// <summary>
/// A cheap test that a title pair can not reach a threshold (<see cref="MayReach"/>), for
/// <see cref="DuplicateIndex"/> to skip a stored title without decoding it into a candidate and
/// comparing it; it never allocates.
/// </summary>
public static partial class TitleSimilarity
{
    /// <summary>
    /// False only when <see cref="Compare"/> of the two titles provably scores below
    /// <paramref name="threshold"/> (so <see cref="DuplicateRules.Compare"/> rejects the pair);
    /// true when it may reach it.
    /// </summary>
    /// <remarks>
    /// <para>Compare's score is 1 when the titles agree letter for letter once spaces are removed,
    /// and 0 when either is empty or their figures (SameNumbers) or marker words
    /// (SameMarkers) differ: both are checked here exactly as Compare checks them, on
    /// the same words (split at every space, before words are joined).</para>
    /// <para>Otherwise the words are joined (JoinSplitWords) into a′ and b′ of m′ and
    /// n′ words, k of them matched one to one, and the score is (2k/(m′+n′) + k/min(m′,n′))/2. With
    /// k ≤ s′ = min(m′,n′) and l′ = max(m′,n′) that is at most ½ + s′/(s′+l′), which grows with s′
    /// and falls with l′. A join never adds a word, so s′ ≤ S = min(m,n). A join takes two adjacent
    /// words that are not figures and not in the other title, each word at most once, so title a
    /// loses at most ⌊u/2⌋ words, u its words that are not figures and not words of b; the same holds
    /// for b against a′, because a word of a that b also has is never joined and so is still in a′
    /// (b's words missing from a′ are missing from a). So l′ ≥ L = max(m − ⌊u_a/2⌋, n − ⌊u_b/2⌋) and
    /// the score is at most ½ + S/(S+L).</para>
    /// <para>A dropped subtitle raises the score to 0.95 whatever the lengths, but only when the
    /// shorter joined title has 5 words or more (so S ≥ 5) and opens the longer one, so both joined
    /// titles start with the same word: a′ starts with a's first word or its first two joined, and so
    /// does b′. When that is possible and the threshold is at most 0.95, the bound above is not used
    /// (the one of <see cref="MayReachByWords"/> allows for the subtitle rule).</para>
    /// <para>Then the matched words themselves are bounded (<see cref="MayReachByWords"/>).</para>
    /// <para>A margin of 1e-9 keeps the bound above anything Compare's floating-point arithmetic can
    /// round to.</para>
    /// </remarks>
    internal static bool MayReach(ReadOnlySpan<char> titleKeyA, ReadOnlySpan<char> titleKeyB, double threshold)
    {
        if (titleKeyA.Length == 0 || titleKeyB.Length == 0)
        {
            return threshold <= 0;
        }

        if (SameLetters(titleKeyA, titleKeyB))
        {
            return true;
        }

        if (!SameNumbers(titleKeyA, titleKeyB) || !SameMarkers(titleKeyA, titleKeyB))
        {
            return threshold <= 0;
        }

        var m = WordCount(titleKeyA);
        var n = WordCount(titleKeyB);
        var shorter = Math.Min(m, n);
        var subtitle = threshold <= 0.95 && shorter >= 5 && OpeningsMayAgree(titleKeyA, titleKeyB);
        var longer = Math.Max(m - (Joinable(titleKeyA, titleKeyB) / 2), n - (Joinable(titleKeyB, titleKeyA) / 2));
        var bound = 0.5 + ((double)shorter / (shorter + longer));
        return (subtitle || bound >= threshold - 1e-9) && MayReachByWords(titleKeyA, titleKeyB, threshold, subtitle);
    }

    // The titles' characters other than spaces, compared: what Compare's Replace(" ", "") compares.
    internal static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ')
            {
                i++;
            }

            while (j < b.Length && b[j] == ' ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    // As SameNumbers on the split words.
    private static bool SameNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        !HasNumber(a) || !HasNumber(b) || (NumbersIn(a, b) && NumbersIn(b, a));

    private static bool HasNumber(ReadOnlySpan<char> title)
    {
        foreach (var range in title.Split(' '))
        {
            if (IsNumber(title[range]))
            {
                return true;
            }
        }

        return false;
    }

    // Every number in figures of `from` is one of `to` or the figures of one of its number words.
    private static bool NumbersIn(ReadOnlySpan<char> from, ReadOnlySpan<char> to)
    {
        var numberWords = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in from.Split(' '))
        {
            var number = from[range];
            if (!IsNumber(number))
            {
                continue;
            }

            var found = false;
            foreach (var other in to.Split(' '))
            {
                var word = to[other];
                if ((IsNumber(word) && word.SequenceEqual(number)) || (numberWords.TryGetValue(word, out var figures) && figures.AsSpan().SequenceEqual(number)))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // As SameMarkers on the split words: the same leading "re", the same set of marker words.
    private static bool SameMarkers(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        FirstWord(a).SequenceEqual("re") == FirstWord(b).SequenceEqual("re") && MarkersIn(a, b) && MarkersIn(b, a);

    private static bool MarkersIn(ReadOnlySpan<char> from, ReadOnlySpan<char> to)
    {
        var markers = Markers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in from.Split(' '))
        {
            if (markers.Contains(from[range]) && !HasWord(to, from[range]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return word is "i" or "ii" or "iii" or "iv" or "vi" or "vii" or "viii" or "ix";
            }
        }

        return true;
    }

    private static bool HasWord(ReadOnlySpan<char> title, ReadOnlySpan<char> word)
    {
        foreach (var range in title.Split(' '))
        {
            if (title[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(ReadOnlySpan<char> title) => title.Count(' ') + 1;

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> title) =>
        title.IndexOf(' ') is var end and >= 0 ? title[..end] : title;

    // Words of `title` that JoinSplitWords may join against `other`: not figures and not a word of other.
    private static int Joinable(ReadOnlySpan<char> title, ReadOnlySpan<char> other)
    {
        var count = 0;
        foreach (var range in title.Split(' '))
        {
            if (!IsNumber(title[range]) && !HasWord(other, title[range]))
            {
                count++;
            }
        }

        return count;
    }

    // Whether the joined titles can start with the same word: each starts with its first word or
    // its first two joined.
    private static bool OpeningsMayAgree(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var a0 = FirstWord(a);
        var b0 = FirstWord(b);
        var a01 = TwoWords(a);
        var b01 = TwoWords(b);
        return a0.SequenceEqual(b0) || Joined(a01, b0) || Joined(b01, a0) || (a01.Length > 0 && b01.Length > 0 && Joined(a01, b01));
    }

    // The first two words with their space, or empty for a one-word title.
    private static ReadOnlySpan<char> TwoWords(ReadOnlySpan<char> title)
    {
        var first = title.IndexOf(' ');
        if (first < 0)
        {
            return [];
        }

        var second = title[(first + 1)..].IndexOf(' ');
        return second < 0 ? title : title[..(first + 1 + second)];
    }

    // Whether two words written with one space between them (`pair`, possibly empty) and `word` are
    // the same letters once that space is removed (pair may also be two words, compared likewise).
    private static bool Joined(ReadOnlySpan<char> pair, ReadOnlySpan<char> word) => pair.Length > 0 && SameLetters(pair, word);
}
