namespace LitTracker.Sources.Duplicates;

/// <summary>
/// How alike two normalised titles are (0-1), word by word: a word matches an equal word or, when
/// both are long enough, one a typo away (one edit up to 7 letters, two from 8), so "randomised" and
/// "randomized" agree. The score is the mean of the Dice overlap (matched words against both
/// lengths) and the containment (against the shorter title), so a subtitle added on publication
/// costs less than a changed word. Numbers must agree ("part 1" and "part 2" never match), and so must words that make a
/// title another kind of publication about the same study (protocol, erratum, reply, update…).
/// </summary>
public static class TitleSimilarity
{
    /// <summary>Scores two titles already normalised with <see cref="TitleKey.For"/>.</summary>
    public static double Score(string titleKeyA, string titleKeyB)
    {
        ArgumentNullException.ThrowIfNull(titleKeyA);
        ArgumentNullException.ThrowIfNull(titleKeyB);
        if (titleKeyA.Length == 0 || titleKeyB.Length == 0)
        {
            return 0;
        }

        if (string.Equals(titleKeyA, titleKeyB, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = titleKeyA.Split(' ');
        var b = titleKeyB.Split(' ');
        if (!SameNumbers(a, b) || !SameMarkers(a, b))
        {
            return 0;
        }

        var used = new bool[b.Length];
        var matched = 0;
        var pending = new List<string>();
        foreach (var word in a)
        {
            var j = Array.FindIndex(b, 0, x => x == word);
            while (j >= 0 && used[j])
            {
                j = j + 1 < b.Length ? Array.FindIndex(b, j + 1, x => x == word) : -1;
            }

            if (j >= 0)
            {
                used[j] = true;
                matched++;
            }
            else
            {
                pending.Add(word);
            }
        }

        foreach (var word in pending)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (!used[j] && Close(word, b[j]))
                {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }

        var dice = 2.0 * matched / (a.Length + b.Length);
        var containment = (double)matched / Math.Min(a.Length, b.Length);
        return (dice + containment) / 2;
    }

    private static bool SameNumbers(string[] a, string[] b)
    {
        var na = a.Where(IsNumber).Order(StringComparer.Ordinal).ToList();
        var nb = b.Where(IsNumber).Order(StringComparer.Ordinal).ToList();
        return na.Count == 0 || nb.Count == 0 || na.SequenceEqual(nb);
    }

    // Words that make a title a different kind of publication about the same study.
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "protocol", "erratum", "correction", "corrigendum", "reply", "response", "comment", "commentary", "retraction",
        "retracted", "editorial", "letter", "update", "updated", "addendum", "withdrawn", "rationale", "secondary", "posthoc", "extension",
    };

    private static bool SameMarkers(string[] a, string[] b) =>
        a.Where(Markers.Contains).ToHashSet().SetEquals(b.Where(Markers.Contains));

    private static bool IsNumber(string word) =>
        word.All(char.IsAsciiDigit) || word is "i" or "ii" or "iii" or "iv" or "vi" or "vii" or "viii" or "ix";

    private static bool Close(string x, string y)
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter < 4 || IsNumber(x) || IsNumber(y))
        {
            return false;
        }

        var allowed = shorter >= 8 ? 2 : 1;
        return Math.Abs(x.Length - y.Length) <= allowed && Levenshtein(x, y, allowed) <= allowed;
    }

    // Banded: anything beyond the allowance is reported as allowance + 1.
    private static int Levenshtein(string x, string y, int limit)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }
}
