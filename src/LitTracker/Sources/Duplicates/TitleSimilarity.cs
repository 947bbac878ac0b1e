namespace LitTracker.Sources.Duplicates;

/// <summary>
/// How alike two normalised titles are (0-1), word by word: a word matches an equal word or, when
/// both are long enough, one a typo away (one edit up to 6 letters, two from 7), so "randomised" and
/// "randomized" agree. The score is the mean of the Dice overlap (matched words against both
/// lengths) and the containment (against the shorter title), so a subtitle added on publication
/// costs less than a changed word; a number word equals its figures ("six" = "6"). Numbers must agree ("part 1" and "part 2" never match), and so must words that make a
/// title another kind of publication about the same study (protocol, erratum, reply, update…).
/// </summary>
public static partial class TitleSimilarity
{
    /// <summary>Scores two titles already normalised with <see cref="TitleKey.For"/>.</summary>
    public static double Score(string titleKeyA, string titleKeyB) => Measure(titleKeyA, titleKeyB).Score;

    /// <summary>
    /// The score, and whether each title has a word of four letters or more that the other lacks
    /// (a substitution such as "vitamin D" → "calcium", which typos and added subtitles never are).
    /// </summary>
    public static (double Score, bool Substituted) Measure(string titleKeyA, string titleKeyB)
    {
        var (score, substituted, _) = Compare(titleKeyA, titleKeyB);
        return (score, substituted);
    }

    /// <summary>
    /// As <see cref="Measure"/>, and whether the shared words of four letters or more come in a
    /// different order at two places or more ("the CI from a P value" / "the P value from a CI"): a
    /// subtitle moved to the front breaks the order at one place only.
    /// </summary>
    public static (double Score, bool Substituted, bool Reordered) Compare(string titleKeyA, string titleKeyB)
    {
        ArgumentNullException.ThrowIfNull(titleKeyA);
        ArgumentNullException.ThrowIfNull(titleKeyB);
        if (titleKeyA.Length == 0 || titleKeyB.Length == 0)
        {
            return (0, true, false);
        }

        // Hyphens and markup split words differently ("pre-eclampsia", "CO<sub>2</sub>").
        if (string.Equals(titleKeyA.Replace(" ", string.Empty, StringComparison.Ordinal), titleKeyB.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
        {
            return (1, false, false);
        }

        var a = titleKeyA.Split(' ');
        var b = titleKeyB.Split(' ');
        if (!SameNumbers(a, b) || !SameMarkers(a, b))
        {
            return (0, true, false);
        }

        // "blood stream" against "bloodstream", "pre eclamspia" against "preeclampsia": judged as one word.
        a = JoinSplitWords(a, b);
        b = JoinSplitWords(b, a);

        var partner = new int[a.Length];
        Array.Fill(partner, -1);
        var used = new bool[b.Length];
        foreach (var exact in new[] { true, false })
        {
            for (var i = 0; i < a.Length; i++)
            {
                if (partner[i] >= 0)
                {
                    continue;
                }

                var word = a[i];
                for (var j = 0; j < b.Length; j++)
                {
                    if (!used[j] && (exact ? Same(word, b[j]) : Close(word, b[j])))
                    {
                        used[j] = true;
                        partner[i] = j;
                        break;
                    }
                }
            }
        }

        var matched = partner.Count(j => j >= 0);
        var unmatchedA = a.Where((w, i) => partner[i] < 0 && w.Length >= 4).Any();
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

        return (score, unmatchedA && unmatchedB, OrderBreaks(a, b, partner) >= 2);
    }

    // Places where a shared content word of a comes before the previous one in b. Words that occur
    // more than once in either title are left out: which occurrence pairs with which is a guess.
    private static int OrderBreaks(string[] a, string[] b, int[] partner)
    {
        var breaks = 0;
        var last = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (partner[i] < 0 || a[i].Length < 4 || Array.IndexOf(a, a[i]) != Array.LastIndexOf(a, a[i])
                || Array.IndexOf(b, b[partner[i]]) != Array.LastIndexOf(b, b[partner[i]]))
            {
                continue;
            }

            if (last >= 0 && partner[i] < last)
            {
                breaks++;
            }

            last = partner[i];
        }

        return breaks;
    }

    private static string[] JoinSplitWords(string[] words, string[] other)
    {
        List<string>? joined = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && !IsNumber(words[i]) && !IsNumber(words[i + 1])
                && !other.Contains(words[i]) && !other.Contains(words[i + 1]))
            {
                var both = words[i] + words[i + 1];
                if (other.Any(w => w == both || (w.Length >= 7 && Close(both, w))))
                {
                    joined ??= [.. words[..i]];
                    joined.Add(both);
                    i++;
                    continue;
                }
            }

            joined?.Add(words[i]);
        }

        return joined?.ToArray() ?? words;
    }

    // Numbers written in figures must agree; a number written as a word ("six month") may stand for
    // one in figures on the other side ("6 months"), but is not required to: a dropped subtitle
    // ("a pooled analysis of four trials") takes its words with it.
    private static bool SameNumbers(string[] a, string[] b)
    {
        var na = a.Where(IsNumber).ToList();
        var nb = b.Where(IsNumber).ToList();
        if (na.Count == 0 || nb.Count == 0)
        {
            return true;
        }

        var allA = na.Concat(a.Select(NumberWords.GetValueOrDefault).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var allB = nb.Concat(b.Select(NumberWords.GetValueOrDefault).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        return na.All(allB.Contains) && nb.All(allA.Contains);
    }

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1",
        ["two"] = "2",
        ["three"] = "3",
        ["four"] = "4",
        ["five"] = "5",
        ["six"] = "6",
        ["seven"] = "7",
        ["eight"] = "8",
        ["nine"] = "9",
        ["ten"] = "10",
        ["eleven"] = "11",
        ["twelve"] = "12",
        ["fifteen"] = "15",
        ["twenty"] = "20",
        ["thirty"] = "30",
        ["fifty"] = "50",
        ["hundred"] = "100",
    };

    // Equal words, or a number word and the same number in figures.
    private static bool Same(string x, string y) =>
        x == y || (NumberWords.GetValueOrDefault(x) ?? x) == (NumberWords.GetValueOrDefault(y) ?? y);

    // Words that make a title a different kind of publication about the same study.
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "protocol", "erratum", "correction", "corrigendum", "reply", "response", "comment", "commentary", "retraction",
        "retracted", "editorial", "letter", "update", "updated", "addendum", "withdrawn", "rationale", "secondary", "posthoc", "extension",
    };

    // A leading "Re:" (a rapid response or letter) is a marker too; elsewhere "re" is just a word.
    private static bool SameMarkers(string[] a, string[] b) =>
        (a[0] == "re") == (b[0] == "re") && a.Where(Markers.Contains).ToHashSet().SetEquals(b.Where(Markers.Contains));

    private static bool IsNumber(string word) => IsNumber(word.AsSpan());

    private static bool Close(string x, string y)
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter < 4 || IsNumber(x) || IsNumber(y) || NumberWords.ContainsKey(x) || NumberWords.ContainsKey(y))
        {
            return false;
        }

        var allowed = shorter >= 7 ? 2 : 1;
        return EditDistance.Osa(x, y, allowed) <= allowed || (x.Length != y.Length && string.Equals(Ocr(x), Ocr(y), StringComparison.Ordinal));
    }

    // Letters OCR reads as one: "rn" and "in" as "m" ("vaccme" for "vaccine").
    private static string Ocr(string word) =>
        word.Replace("rn", "m", StringComparison.Ordinal).Replace("in", "m", StringComparison.Ordinal);
}
