using LitTracker.Analysis.Text;

namespace LitTracker.Analysis.Sentences;

/// <summary>
/// Splits plain text into sentences. Every block boundary (heading, list item, paragraph) ends a
/// sentence. Inside a block a sentence ends at '.', '!', '?' or '…' (with closing quotes, brackets
/// and attached markers such as ".[3]" kept on the left) followed by white space and an upper-case
/// letter, digit, quote or bracket — except after the abbreviations below and single-letter
/// initials. Decimals ("2.5") never split because no space follows the point.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Section name of text before the first heading that follows body text.</summary>
    public const string FirstSection = "Introduction";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "al", "et al", "dr", "mr", "mrs", "ms", "prof", "vs", "v", "fig", "figs", "no", "nos", "approx", "ca", "cf",
        "inc", "ltd", "co", "st", "jr", "sr", "vol", "pp", "p", "ed", "eds", "ref", "refs", "dept", "univ", "mt", "ph.d", "m.d", "u.s", "u.k", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "resp", "incl", "est", "max", "min", "avg", "sd", "n.b", "viz",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Sentence> Split(PlainText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var section = FirstSection;
        var number = 0;
        var seenBody = false;
        for (var b = 0; b < text.Blocks.Count; b++)
        {
            var block = text.Blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                if (seenBody)
                {
                    section = text.Of(block).Trim().TrimEnd(':').Trim();
                    number = 0;
                }

                sentences.Add(new Sentence(sentences.Count, block.Start, block.End, text.Of(block), b, block.Kind, section, 0));
                continue;
            }

            seenBody = true;
            foreach (var (start, end) in Spans(text.Text, block.Start, block.End))
            {
                sentences.Add(new Sentence(sentences.Count, start, end, text.Text[start..end], b, block.Kind, section, ++number));
            }
        }

        return sentences;
    }

    /// <summary>Sentence spans of one block [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="s"/>.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string s, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(s);
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = s[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < to && s[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
            {
                end++;
            }

            end = AttachedMarker(s, end, to);
            if (end >= to)
            {
                break;
            }

            if (!char.IsWhiteSpace(s[end]))
            {
                continue;
            }

            var next = end;
            while (next < to && char.IsWhiteSpace(s[next]))
            {
                next++;
            }

            if (next >= to || !(char.IsUpper(s[next]) || char.IsDigit(s[next]) || s[next] is '"' or '“' or '‘' or '(' or '[' or '•'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(s, start, i))
            {
                continue;
            }

            yield return (start, end);
            start = next;
            i = next - 1;
        }

        var last = to;
        while (last > start && char.IsWhiteSpace(s[last - 1]))
        {
            last--;
        }

        if (last > start)
        {
            yield return (start, last);
        }
    }

    // "pain.[3] Next" and "infection.17,18 Next": the marker belongs to the sentence it follows.
    private static int AttachedMarker(string s, int end, int to)
    {
        if (end < to && s[end] == '[')
        {
            var close = s.IndexOf(']', end, Math.Min(20, to - end));
            if (close > 0 && s[(end + 1)..close].All(ch => char.IsDigit(ch) || ch is ',' or '-' or '–' or ' ' or '^'))
            {
                return close + 1;
            }
        }

        var k = end;
        while (k < to && (char.IsDigit(s[k]) || s[k] is ',' or '–' or '-') && k - end < 12)
        {
            k++;
        }

        return k > end && k < to && char.IsWhiteSpace(s[k]) && char.IsDigit(s[end]) ? k : end;
    }

    private static bool IsAbbreviation(string s, int sentenceStart, int dot)
    {
        var k = dot;
        while (k > sentenceStart && (char.IsLetter(s[k - 1]) || s[k - 1] == '.'))
        {
            k--;
        }

        var word = s[k..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (Abbreviations.Contains(word))
        {
            return true;
        }

        // "et al." is two words.
        return string.Equals(word, "al", StringComparison.OrdinalIgnoreCase) && k >= 3 && string.Equals(s[(k - 3)..k], "et ", StringComparison.OrdinalIgnoreCase);
    }
}
