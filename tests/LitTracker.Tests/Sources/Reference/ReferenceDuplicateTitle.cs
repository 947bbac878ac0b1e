using System.Text;
using System.Text.RegularExpressions;

namespace LitTracker.Tests.Sources.Reference;

/// <summary>
/// DuplicateTitle as it was before the spelling short cut (commit a1cafae), for TitleKeyDifferentialTests.
/// Folds a normalised title (TitleKey.For) further for duplicate detection
/// only (the stored Source.TitleKey is unchanged): a conference-abstract label
/// ("Abstract CT101:", "PL02.05", "Poster P12:", a trailing "[abstract]") is dropped, a possessive
/// "'s" is dropped ("Alzheimer's disease" = "Alzheimer disease"), and British spellings fold to
/// American ones on both sides (-our → -or, -ise → -ize, -yse → -yze, ae/oe → e, sulph → sulf,
/// -tre/-bre → -ter/-ber, -ogue → -og, -lling → -ling, programme → program).
/// </summary>
internal static partial class ReferenceDuplicateTitle
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "from", "at", "as", "is", "are",
        "be", "its", "our", "your", "their", "this", "that", "these", "what", "how", "why", "we", "do", "does", "not", "vs", "versus",
    };

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "editorial", "editorials", "editor", "editors", "error", "errors", "erratum", "errata", "corrigendum", "correction", "corrections",
        "acknowledgement", "acknowledgment", "acknowledgements", "acknowledgments", "reviewers", "referees", "introduction", "preface",
        "foreword", "news", "letter", "letters", "reply", "response", "comment", "comments", "commentary", "retraction", "notice",
        "expression", "concern", "contents", "index", "obituary", "department", "issue", "abstracts", "highlights", "announcement",
        "announcements", "guest", "thanks", "correspondence", "authors", "author", "retracted", "withdrawn", "addendum",
    };

    /// <summary>The folded form of a title key.</summary>
    public static string Fold(string titleKey)
    {
        ArgumentNullException.ThrowIfNull(titleKey);
        if (titleKey.Length == 0)
        {
            return titleKey;
        }

        var words = StripAbstractLabel(titleKey.Split(' '));
        var sb = new StringBuilder(titleKey.Length);
        foreach (var word in words)
        {
            // The "s" of a possessive ("alzheimer s") is a word of its own once the apostrophe is gone.
            if (word == "s" && sb.Length > 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Spelling(word));
        }

        return sb.ToString();
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
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = word.Replace("ae", "e", StringComparison.Ordinal).Replace("oe", "e", StringComparison.Ordinal)
            .Replace("sulph", "sulf", StringComparison.Ordinal).Replace("programme", "program", StringComparison.Ordinal);
        w = Our().Replace(w, "or");
        w = Ise().Replace(w, "iz$1");
        w = Yse().Replace(w, "yz$1");
        w = TreBre().Replace(w, "$1er$2");
        w = Ogue().Replace(w, "og$1");
        w = Lling().Replace(w, "l$1");
        return w;
    }

    // A label is only taken away when it looks like one: "abstract"/"poster"/"oral" followed by a
    // code with digits, a dotted session code ("pl02 05"), or "abstract" as the last word.
    private static string[] StripAbstractLabel(string[] words)
    {
        var start = 0;
        var end = words.Length;
        if (end - start > 3 && words[start] == "late" && words[start + 1] == "breaking")
        {
            start += 2;
        }

        if (end - start > 3 && words[start] is "abstract" or "poster" or "oral" or "lba" && IsCode(words[start + 1]))
        {
            start += 2;
            while (end - start > 3 && words[start].All(char.IsAsciiDigit))
            {
                start++;
            }
        }
        else if (end - start > 4 && IsCode(words[start]) && words[start].Any(char.IsAsciiLetter) && words[start + 1].All(char.IsAsciiDigit))
        {
            start += 2;
        }
        else if (start > 0)
        {
            start = 0;
        }

        if (end - start > 4 && words[end - 1] == "abstract")
        {
            end--;
        }

        return words[start..end];
    }

    // "ct101", "p12", "0345", "lba5": up to four letters, then digits.
    private static bool IsCode(string word) => CodeLabel().IsMatch(word);

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
