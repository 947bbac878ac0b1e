using System.Numerics;

namespace LitTracker.Sources.Duplicates;

/// <summary>The word-by-word half of <see cref="MayReach"/>: how many words can match at most.</summary>
public static partial class TitleSimilarity
{
    // Longer titles are left to Compare (the buffers are on the stack).
    private const int MaxBoundWords = 64;

    // The letters OCR reads as one ("rn", "in" → "m").
    private const uint OcrBits = (1u << ('r' - 'a')) | (1u << ('n' - 'a')) | (1u << ('i' - 'a')) | (1u << ('m' - 'a'));

    /// <summary>
    /// False only when Compare provably scores below <paramref name="threshold"/>, from which words can match at all.
    /// </summary>
    /// <remarks>
    /// <para>Compare matches a word of a′ with one of b′ when they are Same (equal, or a number word and
    /// figures) or Close (both of 4 letters or more, and e = 1 edit apart, 2 when the shorter has 7
    /// letters or more; or of different lengths and equal after OCR). Here two words "may match" when
    /// they are equal (spaces aside), both may stand for a number, or both have 4 letters or more and
    /// either their lengths differ by at most e and their sets of letters by at most 2e letters, or
    /// their lengths differ, the longer at most twice the shorter, and their sets agree outside r, n,
    /// i, m. That holds for every pair Compare matches: an edit changes the length by at most one and
    /// the letter set by at most two letters (a transposition by none); OCR only turns "rn"/"in" into
    /// "m", so the sets agree outside r, n, i, m and a word at least halves. Letters outside a-z share
    /// six bits: a coarser set only makes two sets closer.</para>
    /// <para>a′ holds words of a and pairs of adjacent words of a joined, and a pair is joined only when
    /// neither word is a figure or a word of b, and b has a word equal to the pair or of 7 letters or
    /// more close to it; likewise b′ against a′, whose words are words or such pairs of a (a word b shares
    /// with a is in a′ too). So at most J_a pairs of a are joined, J_a the pairs passing those tests
    /// with "may match" for Close (and at most half of a's joinable words); a′ has at least m − J_a
    /// words; and at most P_a + J_a words of a′ are matched, P_a the words of a that may match a word or
    /// pair of b. With the same for b, k ≤ K = min(P_a + J_a, P_b + J_b), and the score
    /// (2k/(m′+n′) + k/min(m′,n′))/2 is at most (2K/(m−J_a + n−J_b) + min(1, K/min(m−J_a, n−J_b)))/2.</para>
    /// <para>The dropped-subtitle rule (0.95) needs the shorter joined title to open the longer one:
    /// then each of its words is matched to an equal word, so k = min(m′,n′) ≥ min(m−J_a, n−J_b); when
    /// K is smaller, the rule does not apply and the bound above holds.</para>
    /// </remarks>
    /// <param name="a">One title.</param>
    /// <param name="b">The other.</param>
    /// <param name="threshold">The score needed.</param>
    /// <param name="subtitle">Whether the dropped-subtitle rule may apply (it may give 0.95 at any length).</param>
    private static bool MayReachByWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double threshold, bool subtitle)
    {
        var m = WordCount(a);
        var n = WordCount(b);
        if (m > MaxBoundWords || n > MaxBoundWords)
        {
            return true;
        }

        Span<WordInfo> wordsA = stackalloc WordInfo[(2 * m) - 1];
        Span<WordInfo> wordsB = stackalloc WordInfo[(2 * n) - 1];
        Describe(a, b, wordsA);
        Describe(b, a, wordsB);
        var (matchableA, joinsA) = Count(a, wordsA, m, b, wordsB, n, Joinable(a, b) / 2);
        var (matchableB, joinsB) = Count(b, wordsB, n, a, wordsA, m, Joinable(b, a) / 2);
        var k = Math.Min(Math.Min(matchableA + joinsA, matchableB + joinsB), Math.Min(m, n));
        var (lowA, lowB) = (m - joinsA, n - joinsB);
        if (subtitle && k >= Math.Min(lowA, lowB))
        {
            return true;
        }

        var bound = ((2.0 * k / (lowA + lowB)) + Math.Min(1, (double)k / Math.Min(lowA, lowB))) / 2;
        return bound >= threshold - 1e-9;
    }

    // Words 0..count-1, then at count + i the pair of words i and i + 1 (Valid when it may be joined).
    private static void Describe(ReadOnlySpan<char> title, ReadOnlySpan<char> other, Span<WordInfo> into)
    {
        var count = (into.Length + 1) / 2;
        var i = 0;
        foreach (var range in title.Split(' '))
        {
            var word = title[range];
            var mask = 0u;
            foreach (var c in word)
            {
                mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << (26 + (c % 6));
            }

            var (start, _) = range.GetOffsetAndLength(title.Length);
            var numberLike = IsNumber(word) || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
            into[i++] = new WordInfo(start, word.Length, word.Length, mask, numberLike, !IsNumber(word) && !HasWord(other, word));
        }

        // Number words have at most 7 letters.
        Span<char> joined = stackalloc char[8];
        for (var p = 0; p + 1 < count; p++)
        {
            var (x, y) = (into[p], into[p + 1]);
            var letters = x.Letters + y.Letters;
            var numberLike = false;
            if (letters <= joined.Length)
            {
                title.Slice(x.Start, x.Length).CopyTo(joined);
                title.Slice(y.Start, y.Length).CopyTo(joined[x.Length..]);
                numberLike = IsNumber(joined[..letters]) || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(joined[..letters]);
            }

            into[count + p] = new WordInfo(x.Start, y.Start + y.Length - x.Start, letters, x.Mask | y.Mask, numberLike, x.Joinable && y.Joinable);
        }
    }

    // Words of the title that may match a word or joinable pair of the other, and pairs that may be joined.
    private static (int Matchable, int Joins) Count(ReadOnlySpan<char> title, ReadOnlySpan<WordInfo> words, int count, ReadOnlySpan<char> other, ReadOnlySpan<WordInfo> otherWords, int otherCount, int halfJoinable)
    {
        var matchable = 0;
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < otherWords.Length; j++)
            {
                if ((j < otherCount || otherWords[j].Joinable) && MayMatch(title, words[i], other, otherWords[j]))
                {
                    matchable++;
                    break;
                }
            }
        }

        var joins = 0;
        for (var p = count; p < words.Length; p++)
        {
            if (!words[p].Joinable)
            {
                continue;
            }

            for (var j = 0; j < otherWords.Length; j++)
            {
                var w = otherWords[j];
                if ((j < otherCount || w.Joinable) && (SameLetters(title.Slice(words[p].Start, words[p].Length), other.Slice(w.Start, w.Length)) || (w.Letters >= 7 && MayMatch(title, words[p], other, w))))
                {
                    joins++;
                    break;
                }
            }
        }

        return (matchable, Math.Min(joins, halfJoinable));
    }

    // A superset of Same or Close (see MayReachByWords).
    private static bool MayMatch(ReadOnlySpan<char> title, in WordInfo x, ReadOnlySpan<char> other, in WordInfo y)
    {
        if (x.NumberLike && y.NumberLike)
        {
            return true;
        }

        var (shorter, longer) = x.Letters <= y.Letters ? (x.Letters, y.Letters) : (y.Letters, x.Letters);
        var allowed = shorter >= 7 ? 2 : 1;
        if (shorter >= 4
            && ((longer - shorter <= allowed && BitOperations.PopCount(x.Mask ^ y.Mask) <= 2 * allowed)
                || (longer != shorter && longer <= 2 * shorter && ((x.Mask ^ y.Mask) & ~OcrBits) == 0)))
        {
            return true;
        }

        return x.Letters == y.Letters && SameLetters(title.Slice(x.Start, x.Length), other.Slice(y.Start, y.Length));
    }

    // A word (or a pair of adjacent words with their space) of a title: where, letters without the space, letter set.
    private readonly record struct WordInfo(int Start, int Length, int Letters, uint Mask, bool NumberLike, bool Joinable);
}
