using LitTracker.Claims;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// Rule-based wording strength after Yu, Li and Wang (EMNLP 2019), from the cue lists of
/// <see cref="WordingLexicon"/>, in this order:
/// <list type="number">
/// <item>a non-claim cue (recommendation, future work, aim) → no claim;</item>
/// <item>a correlational cue before the first causal cue (or no causal cue) → correlational;</item>
/// <item>a causal cue → conditional causal when a hedge is present, else direct causal;</item>
/// <item>otherwise no claim.</item>
/// </list>
/// A causal cue does not count when it is a purpose ("needed to improve": 'to' not preceded by a
/// word of <see cref="WordingLexicon.CausalAfterTo"/>) or an adjective ("reduced inflammation",
/// "improved outcomes": a one-word -ed/-ing cue followed by a lower-case word that is not a
/// determiner, preposition or adverb, and not preceded by an adverb). Negation does not change the
/// class ("did not reduce" is still direct causal, as in Yu et al.'s annotation).
/// Absolutes, vague attributions and treatment subjects are reported alongside.
/// </summary>
public sealed class WordingClassifier(WordingLexicon lexicon)
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "that", "those", "both", "all", "any", "some", "each",
        "levels", "level", "risk", "by", "in", "from", "with", "at", "to", "on", "after", "and", "or", "significantly", "over", "during", "for", "than", "as", "it", "them",
    };

    /// <summary>A classifier over the embedded lexicon.</summary>
    public static WordingClassifier Default { get; } = new(WordingLexicon.Default);

    /// <summary>Classifies one sentence.</summary>
    public WordingResult Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var cues = new List<Cue>();
        foreach (var (kind, regex) in lexicon.Lists)
        {
            for (var m = regex.Match(sentence); m.Success; m = m.NextMatch())
            {
                if (kind == CueKind.Causal && !CountsAsCausal(sentence, m.Index, m.Length))
                {
                    continue;
                }

                cues.Add(new Cue(kind, m.Index, m.Index + m.Length, m.Value));
            }
        }

        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        var firstCorrelational = cues.FindIndex(c => c.Kind == CueKind.Correlational);
        var firstCausal = cues.FindIndex(c => c.Kind == CueKind.Causal);
        var strength = WordingStrength.NoClaim;
        if (cues.Exists(c => c.Kind == CueKind.NonClaim))
        {
            strength = WordingStrength.NoClaim;
        }
        else if (firstCorrelational >= 0 && (firstCausal < 0 || firstCorrelational < firstCausal))
        {
            strength = WordingStrength.Correlational;
        }
        else if (firstCausal >= 0)
        {
            strength = cues.Exists(c => c.Kind == CueKind.Hedge) ? WordingStrength.ConditionalCausal : WordingStrength.DirectCausal;
        }

        return new WordingResult(
            strength,
            cues.Exists(c => c.Kind == CueKind.Absolute),
            cues.Exists(c => c.Kind == CueKind.VagueAttribution),
            cues.Exists(c => c.Kind == CueKind.Subject),
            cues);
    }

    private bool CountsAsCausal(string s, int start, int length)
    {
        var (prev, prev2) = PreviousWords(s, start);
        if (string.Equals(prev, "to", StringComparison.OrdinalIgnoreCase) && (prev2 is null || !lexicon.CausalAfterTo.Contains(prev2)))
        {
            return false;
        }

        var cue = s.AsSpan(start, length);
        if (cue.Contains(' ') || !(cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || cue.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (prev is not null && prev.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = NextWord(s, start + length);
        return next is null || !char.IsLower(next[0]) || Function.Contains(next) || next.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private static (string? Prev, string? Prev2) PreviousWords(string s, int at)
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

    private static string? NextWord(string s, int at)
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
