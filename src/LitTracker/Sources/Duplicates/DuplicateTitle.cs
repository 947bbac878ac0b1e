using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Folds a normalised title (<see cref="Sources.TitleKey.For"/>) further for duplicate detection
/// only (the stored <see cref="Source.TitleKey"/> is unchanged): a conference-abstract label
/// ("Abstract CT101:", "PL02.05", "Poster P12:", a trailing "[abstract]") is dropped, a possessive
/// "'s" is dropped ("Alzheimer's disease" = "Alzheimer disease"), and British spellings fold to
/// American ones on both sides (-our → -or, -ise → -ize, -yse → -yze, ae/oe → e, sulph → sulf,
/// -tre/-bre → -ter/-ber, -ogue → -og, -lling → -ling, programme → program).
/// </summary>
public static partial class DuplicateTitle
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "from", "at", "as", "is", "are",
        "be", "its", "our", "your", "their", "this", "that", "these", "what", "how", "why", "we", "do", "does", "not", "vs", "versus",
    };

    // The endings Ise, Yse, TreBre, Ogue and Lling match at (with the letters before them they need).
    private static readonly string[] SpellingEndings =
    [
        "ise", "ised", "ises", "ising", "isation", "isations", "yse", "ysed", "yses", "ysing",
        "tre", "tres", "bre", "bres", "ogue", "ogues", "lling", "lled", "ller", "llers",
    ];

    // The same, by the word's last letter ('a' at 0): most words need no look at all.
    private static readonly string[][] SpellingEndingsByLast =
        [.. Enumerable.Range('a', 26).Select(last => SpellingEndings.Where(e => e[^1] == last).ToArray())];

    // What the other rules need anywhere in the word (a word is a run of letters, so a title without
    // any of these has no word with one).
    private static readonly SearchValues<string> SpellingInfixes =
        SearchValues.Create(["ae", "oe", "sulph", "programme", "our"], StringComparison.Ordinal);

    // Words Spelling was asked about, with its answer: titles repeat the few words a rule may apply to
    // ("randomised", "tumour"), and its patterns cost more than the rest of the fold together.
    private const int SpelledCapacity = 20_000;
    private static readonly ConcurrentDictionary<string, string> Spelled = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpelledWord = Spelled.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _spelledCount;

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "editorial", "editorials", "editor", "editors", "error", "errors", "erratum", "errata", "corrigendum", "correction", "corrections",
        "acknowledgement", "acknowledgment", "acknowledgements", "acknowledgments", "reviewers", "referees", "introduction", "preface",
        "foreword", "news", "letter", "letters", "reply", "response", "comment", "comments", "commentary", "retraction", "notice",
        "expression", "concern", "contents", "index", "obituary", "department", "issue", "abstracts", "highlights", "announcement",
        "announcements", "guest", "thanks", "correspondence", "authors", "author", "retracted", "withdrawn", "addendum",
    };

    /// <summary>The folded form of a title key (the key itself when no rule applies).</summary>
    public static string Fold(string titleKey)
    {
        ArgumentNullException.ThrowIfNull(titleKey);
        if (titleKey.Length == 0)
        {
            return titleKey;
        }

        // Word bounds instead of Split, and a buffer instead of a StringBuilder: most titles come out
        // as they went in, and then the key itself is the answer, with nothing allocated.
        var text = titleKey.AsSpan();
        var count = text.Count(' ') + 1;
        var words = count <= 128 ? stackalloc Range[count] : new Range[count];
        for (int i = 0, from = 0; i < count; i++)
        {
            var space = text[from..].IndexOf(' ');
            var to = space < 0 ? text.Length : from + space;
            words[i] = new Range(from, to);
            from = to + 1;
        }

        var infixes = text.ContainsAny(SpellingInfixes);

        var (start, end) = WithoutAbstractLabel(text, words);

        // No rule makes a word longer, so the folded key fits in the key's length.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var word = text[words[i]];

            // The "s" of a possessive ("alzheimer s") is a word of its own once the apostrophe is gone.
            if (word is "s" && length > 0)
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            if (MaySpellOtherwise(word, infixes))
            {
                var spelled = CachedSpelling(word);
                spelled.CopyTo(buffer[length..]);
                length += spelled.Length;
            }
            else
            {
                word.CopyTo(buffer[length..]);
                length += word.Length;
            }
        }

        return buffer[..length].SequenceEqual(text) ? titleKey : new string(buffer[..length]);
    }

    /// <summary>How many words of a title key are neither articles, prepositions and the like nor single letters.</summary>
    public static int InformativeWords(string titleKey)
    {
        ArgumentNullException.ThrowIfNull(titleKey);
        return titleKey.Split(' ').Count(w => w.Length > 1 && !StopWords.Contains(w));
    }

    /// <summary>
    /// True for a title that names a kind of notice rather than a work ("Editorial", "Department of
    /// error", "Acknowledgement to reviewers", "Erratum"): every informative word is such a word.
    /// </summary>
    public static bool IsGeneric(string titleKey)
    {
        ArgumentNullException.ThrowIfNull(titleKey);
        return titleKey.Split(' ').Where(w => w.Length > 1 && !StopWords.Contains(w)).All(GenericWords.Contains);
    }

    /// <summary>The American spelling of one lower-case word (unchanged when no rule applies).</summary>
    public static string Spelling(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!MaySpellOtherwise(word, infixes: true))
        {
            return word;
        }

        var w = word.Replace("ae", "e", StringComparison.Ordinal).Replace("oe", "e", StringComparison.Ordinal)
            .Replace("sulph", "sulf", StringComparison.Ordinal).Replace("programme", "program", StringComparison.Ordinal);

        // Each pattern is only run when the word (as the rules before left it) has what it needs to match.
        w = w.Contains("our", StringComparison.Ordinal) ? Our().Replace(w, "or") : w;
        w = w.Contains("is", StringComparison.Ordinal) ? Ise().Replace(w, "iz$1") : w;
        w = w.Contains("ys", StringComparison.Ordinal) ? Yse().Replace(w, "yz$1") : w;
        w = w.EndsWith("re", StringComparison.Ordinal) || w.EndsWith("res", StringComparison.Ordinal) ? TreBre().Replace(w, "$1er$2") : w;
        w = w.Contains("ogue", StringComparison.Ordinal) ? Ogue().Replace(w, "og$1") : w;
        w = w.Contains("ll", StringComparison.Ordinal) ? Lling().Replace(w, "l$1") : w;
        return w;
    }

    private static string CachedSpelling(ReadOnlySpan<char> word)
    {
        if (SpelledWord.TryGetValue(word, out var spelled))
        {
            return spelled;
        }

        var text = word.ToString();
        spelled = Spelling(text);
        if (Volatile.Read(ref _spelledCount) < SpelledCapacity && Spelled.TryAdd(text, spelled))
        {
            Interlocked.Increment(ref _spelledCount);
        }

        return spelled;
    }

    // Whether any rule of Spelling can apply: every rule needs a lower-case ASCII word of four letters
    // or more with one of these in it (the endings at its end). Without one, every rule leaves the
    // word as it is, so none makes another apply.
    private static bool MaySpellOtherwise(ReadOnlySpan<char> word, bool infixes)
    {
        if (word.Length < 4 || word.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        foreach (var ending in SpellingEndingsByLast[word[^1] - 'a'])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return infixes && word.ContainsAny(SpellingInfixes);
    }

    // A label is only taken away when it looks like one: "abstract"/"poster"/"oral" followed by a
    // code with digits, a dotted session code ("pl02 05"), or "abstract" as the last word.
    private static (int Start, int End) WithoutAbstractLabel(ReadOnlySpan<char> text, ReadOnlySpan<Range> words)
    {
        var start = 0;
        var end = words.Length;
        if (end - start > 3 && text[words[start]] is "late" && text[words[start + 1]] is "breaking")
        {
            start += 2;
        }

        if (end - start > 3 && text[words[start]] is "abstract" or "poster" or "oral" or "lba" && IsCode(text[words[start + 1]]))
        {
            start += 2;
            while (end - start > 3 && !text[words[start]].ContainsAnyExceptInRange('0', '9'))
            {
                start++;
            }
        }
        else if (end - start > 4 && IsCode(text[words[start]]) && HasAsciiLetter(text[words[start]]) && !text[words[start + 1]].ContainsAnyExceptInRange('0', '9'))
        {
            start += 2;
        }
        else if (start > 0)
        {
            start = 0;
        }

        if (end - start > 4 && text[words[end - 1]] is "abstract")
        {
            end--;
        }

        return (start, end);
    }

    // "ct101", "p12", "0345", "lba5": up to four letters, then digits.
    private static bool HasAsciiLetter(ReadOnlySpan<char> word) => word.ContainsAnyInRange('a', 'z') || word.ContainsAnyInRange('A', 'Z');

    private static bool IsCode(ReadOnlySpan<char> word) => CodeLabel().IsMatch(word);

    [GeneratedRegex("^[a-z]{0,4}[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLabel();

    [GeneratedRegex("(?<=[a-z]{3})our(?=s?$|al|ed|ing|ite|able)", RegexOptions.CultureInvariant)]
    private static partial Regex Our();

    [GeneratedRegex("(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ise();

    [GeneratedRegex("ys(e|ed|es|ing)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yse();

    [GeneratedRegex("(?<=[a-z]{2})(t|b)re(s?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TreBre();

    [GeneratedRegex("ogue(s?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ogue();

    [GeneratedRegex("(?<=[aeiou])ll(ing|ed|er|ers)$", RegexOptions.CultureInvariant)]
    private static partial Regex Lling();
}
