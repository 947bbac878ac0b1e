using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace LitTracker.Reports.Csl;

/// <summary>CSL text-case transforms, applied word by word without regular expressions.</summary>
internal static class CslTextCasing
{
    // CSL 1.0.2, "Title case conversion": the English stop words.
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto",
        "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static CslTextCase Parse(string? value) => value switch
    {
        "lowercase" => CslTextCase.Lowercase,
        "uppercase" => CslTextCase.Uppercase,
        "capitalize-first" => CslTextCase.CapitalizeFirst,
        "capitalize-all" => CslTextCase.CapitalizeAll,
        "sentence" => CslTextCase.Sentence,
        "title" => CslTextCase.Title,
        _ => CslTextCase.None,
    };

    /// <summary>
    /// Applies <paramref name="textCase"/>; <paramref name="atStart"/> is false for text that continues a field,
    /// <paramref name="continuesWord"/> true when the text before it ended inside a word.
    /// </summary>
    public static string Apply(string text, CslTextCase textCase, bool atStart = true, bool atEnd = true, bool continuesWord = false)
    {
        switch (textCase)
        {
            case CslTextCase.Lowercase:
                return text.ToLowerInvariant();
            case CslTextCase.Uppercase:
                return text.ToUpperInvariant();
            case CslTextCase.CapitalizeFirst:
                return atStart ? CapitalizeFirst(text) : text;
            case CslTextCase.CapitalizeAll:
                return Words(text, continuesWord, (w, _, _) => Capitalize(w));
            case CslTextCase.Sentence:
                var source = IsAllUpper(text) ? text.ToLowerInvariant() : text;
                return atStart ? CapitalizeFirst(source) : source;
            case CslTextCase.Title:
                var lowered = IsAllUpper(text) ? text.ToLowerInvariant() : text;
                return Words(lowered, continuesWord, (w, first, last) =>
                    !HasUpper(w) && !((!first || !atStart) && (!last || !atEnd) && StopWords.Contains(w)) ? Capitalize(w) : w);
            default:
                return text;
        }
    }

    private static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]) ? text : string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1));
            }
        }

        return text;
    }

    private static string Capitalize(string word) =>
        word.Length > 0 && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    private static string Words(string text, bool continuesWord, Func<string, bool, bool, string> transform)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        var first = true;
        if (continuesWord)
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                builder.Append(text[i++]);
            }

            first = i == 0;
        }

        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }

            var last = true;
            for (var j = i; j < text.Length; j++)
            {
                if (char.IsLetterOrDigit(text[j]))
                {
                    last = false;
                    break;
                }
            }

            builder.Append(transform(text[start..i], first, last));
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>Removes every period (strip-periods).</summary>
    public static string StripPeriods(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text;

    /// <summary>Lower-case invariant key for sorting.</summary>
    public static string SortKey(string text) => text.ToLower(CultureInfo.InvariantCulture);
}
