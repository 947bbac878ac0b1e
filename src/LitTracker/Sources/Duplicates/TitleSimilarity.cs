namespace LitTracker.Sources.Duplicates;

/// <summary>
/// How alike two normalised titles are (0-1), word by word: a word matches an equal word or, when
/// both are long enough, one a typo away (one edit up to 6 letters, two from 7), so "randomised" and
/// "randomized" agree. The score is the mean of the Dice overlap (matched words against both
/// lengths) and the containment (against the shorter title), so a subtitle added on publication
/// costs less than a changed word. Numbers must agree ("part 1" and "part 2" never match), and so must words that make a
/// title another kind of publication about the same study (protocol, erratum, reply, update…).
/// </summary>
public static class TitleSimilarity
{
    /// <summary>Scores two titles already normalised with <see cref="TitleKey.For"/>.</summary>
    public static double Score(string titleKeyA, string titleKeyB) => Measure(titleKeyA, titleKeyB).Score;

    /// <summary>
    /// The score, and whether each title has a word of four letters or more that the other lacks
    /// (a substitution such as "vitamin D" → "calcium", which typos and added subtitles never are).
    /// </summary>
    public static (double Score, bool Substituted) Measure(string titleKeyA, string titleKeyB)
    {
        ArgumentNullException.ThrowIfNull(titleKeyA);
        ArgumentNullException.ThrowIfNull(titleKeyB);
        if (titleKeyA.Length == 0 || titleKeyB.Length == 0)
        {
            return (0, true);
        }

        // Hyphens and markup split words differently ("pre-eclampsia", "CO<sub>2</sub>").
        if (string.Equals(titleKeyA.Replace(" ", string.Empty, StringComparison.Ordinal), titleKeyB.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
        {
            return (1, false);
        }

        var a = titleKeyA.Split(' ');
        var b = titleKeyB.Split(' ');
        if (!SameNumbers(a, b) || !SameMarkers(a, b))
        {
            return (0, true);
        }

        var used = new bool[b.Length];
        var matched = 0;
        var pending = new List<string>();
        var unmatchedA = false;
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
            var j = Array.FindIndex(b, x => Close(word, x));
            while (j >= 0 && used[j])
            {
                j = j + 1 < b.Length ? Array.FindIndex(b, j + 1, x => Close(word, x)) : -1;
            }

            if (j >= 0)
            {
                used[j] = true;
                matched++;
            }
            else
            {
                unmatchedA |= word.Length >= 4;
            }
        }

        var unmatchedB = b.Where((w, j) => !used[j] && w.Length >= 4).Any();
        var dice = 2.0 * matched / (a.Length + b.Length);
        var containment = (double)matched / Math.Min(a.Length, b.Length);
        var score = (dice + containment) / 2;

        // A subtitle dropped or added: the shorter title (five words or more) opens the longer one.
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 5 && shorter.Length < longer.Length && shorter.SequenceEqual(longer.Take(shorter.Length)))
        {
            score = Math.Max(score, 0.95);
        }

        return (score, unmatchedA && unmatchedB);
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

        var allowed = shorter >= 7 ? 2 : 1;
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
