namespace LitTracker.Analysis.Wording;

/// <summary>Word look-ups around a cue: the words before and after it, and whether it starts a phrase.</summary>
internal static class WordScan
{
    /// <summary>True when the word at <paramref name="at"/> starts the sentence or follows a comma, colon, semicolon, bracket or quote.</summary>
    internal static bool StartsPhrase(string s, int at)
    {
        var i = at - 1;
        while (i >= 0 && s[i] == ' ')
        {
            i--;
        }

        return i < 0 || s[i] is ',' or ';' or ':' or '(' or '[' or '"' or '\u201C';
    }

    /// <summary>The two words before <paramref name="at"/> (letters only), nearest first.</summary>
    internal static (string? Prev, string? Prev2) PreviousWords(string s, int at)
    {
        string? first = null;
        var i = at;
        for (var n = 0; n < 2; n++)
        {
            while (i > 0 && !char.IsLetter(s[i - 1]))
            {
                i--;
            }

            var end = i;
            while (i > 0 && char.IsLetter(s[i - 1]))
            {
                i--;
            }

            if (end == i)
            {
                return (first, null);
            }

            if (n == 0)
            {
                first = s[i..end];
            }
            else
            {
                return (first, s[i..end]);
            }
        }

        return (first, null);
    }

    /// <summary>The word starting after the spaces at <paramref name="at"/>, or null.</summary>
    internal static string? NextWord(string s, int at)
    {
        var i = at;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < s.Length && char.IsLetter(s[i]))
        {
            i++;
        }

        return i > start ? s[start..i] : null;
    }
}
