using LitTracker.Claims;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// Rule-based wording strength after Yu, Li and Wang (EMNLP 2019), from the cue lists of
/// <see cref="WordingLexicon"/>, in this order:
/// <list type="number">
/// <item>a non-claim cue (recommendation, future work, aim) → no claim;</item>
/// <item>a correlational cue before the first causal cue (or no causal cue) → correlational, unless
/// a hedge right before a later causal verb makes the main claim hedged causation ("associated …
/// may increase") → conditional causal;</item>
/// <item>a causal cue → conditional causal when a hedge is present, else direct causal;</item>
/// <item>otherwise no claim.</item>
/// </list>
/// A causal cue does not count when it is a purpose ("needed to improve": 'to' not preceded by a
/// word of <see cref="WordingLexicon.CausalAfterTo"/>; under a hedge, a purpose after a means word
/// — "could be a useful way to reduce" — is conditional causal), an adjective ("with reduced
/// inflammation", "showed improved outcomes", "exercise-induced": a one-word -ed/-ing cue followed
/// by a lower-case word that is not a determiner, preposition or adverb, and not preceded by an
/// adverb; an -ed form right after its subject noun is the verb, "training improved walking"; bare
/// "lower" unless after "to" or a modal), a noun ("repair was performed": followed by be or a
/// modal), or part of a correlational cue ("increased risk of"). A change verb without
/// an object or agent ("levels increased with age", "BMI was reduced after a year") reports a
/// change, not its cause: correlational. Negation does not change the class ("did not reduce" is
/// still direct causal, as in Yu et al.'s annotation). A relation named as a study's topic ("the
/// effects of X were examined", see <see cref="StudyTopics"/>) and a question claim nothing; "compared
/// with" before a causal verb names that claim's control. Absolutes, vague attributions and
/// treatment subjects are reported alongside.
/// </summary>
public sealed class WordingClassifier(WordingLexicon lexicon)
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "that", "those", "both", "all", "any", "some", "each",
        "levels", "level", "risk", "by", "in", "from", "with", "at", "to", "on", "after", "and", "or", "significantly", "over", "during", "for", "than", "as", "it", "them",
    };

    private static readonly HashSet<string> NoObject = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "after", "during", "over", "significantly", "in", "from", "among", "between", "at", "across", "following", "until", "when", "slightly", "markedly", "substantially", "within", "to", "since", "throughout",
    };

    // Words after which an -ed form followed by a noun modifies that noun instead of being the main verb.
    private static readonly HashSet<string> AdjectiveContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "no", "any", "some", "each", "every", "both", "all", "such", "more", "less", "most", "least", "other",
        "with", "of", "in", "to", "for", "by", "from", "on", "at", "among", "after", "before", "despite", "without", "via", "through", "into", "toward", "towards", "between", "under", "over", "during", "against", "per", "as", "than", "like", "and", "or", "but", "nor",
        "had", "having", "show", "shows", "showed", "shown", "exhibit", "exhibits", "displayed", "revealed", "found", "observed", "reported", "demonstrated", "experienced", "achieved",
        "was", "were", "is", "are", "be", "been", "being", "become", "became", "becomes", "indicate", "indicates", "suggest", "suggests", "cause", "causes", "caused",
    };

    // A purpose after these names X as a means to an effect ("a way to prevent", "useful to tackle").
    private static readonly HashSet<string> Means = new(StringComparer.OrdinalIgnoreCase)
    {
        "way", "ways", "strategy", "strategies", "approach", "approaches", "means", "tool", "tools", "option", "options", "target", "targets", "useful", "helpful", "valuable",
    };

    private static readonly HashSet<string> Consequence = new(StringComparer.OrdinalIgnoreCase) { "thereby", "thus", "hence", "therefore" };

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "been", "be", "being" };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "may", "might", "can", "could", "will", "would", "should", "must" };

    private static readonly HashSet<string> BeforeVerbLower = new(StringComparer.OrdinalIgnoreCase) { "to", "may", "might", "can", "could", "will", "would" };

    private static readonly HashSet<string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "reduction", "reductions", "increase", "increases", "decrease", "decreases", "improvement", "improvements", "change", "changes", "raise", "rise",
    };

    private static readonly string[] ChangeVerbs = ["increas", "decreas", "reduc", "improv", "declin", "lower", "rais", "elevat", "chang", "doubl", "tripl"];

    /// <summary>A classifier over the embedded lexicon.</summary>
    public static WordingClassifier Default { get; } = new(WordingLexicon.Default);

    /// <summary>Classifies one sentence.</summary>
    public WordingResult Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var cues = new List<Cue>();
        List<Cue>? purposes = null;
        foreach (var (kind, scanner) in lexicon.Scanners)
        {
            foreach (var m in scanner.Matches(sentence))
            {
                var cueKind = kind;
                if (kind == CueKind.Causal)
                {
                    if (IsPurpose(sentence, m.Index))
                    {
                        if (Means.Contains(WordScan.PreviousWords(sentence, m.Index).Prev2 ?? string.Empty))
                        {
                            purposes ??= [];
                            purposes.Add(new Cue(CueKind.Causal, m.Index, m.Index + m.Length, m.Value));
                        }

                        continue;
                    }

                    if (!CountsAsCausal(sentence, m.Index, m.Length))
                    {
                        continue;
                    }

                    if (NamesChange(sentence, m.Index, m.Length))
                    {
                        continue;
                    }

                    if (ReportsChange(sentence, m.Index, m.Length))
                    {
                        cueKind = CueKind.Correlational;
                    }
                }

                cues.Add(new Cue(cueKind, m.Index, m.Index + m.Length, m.Value));
            }
        }

        StudyTopics.Drop(sentence, cues);

        // "increased risk of": the causal word inside a correlational phrase is not a causal claim.
        var correlational = cues.Where(c => c.Kind == CueKind.Correlational).ToList();
        cues.RemoveAll(c => c.Kind == CueKind.Causal && correlational.Exists(o => c.Start < o.End && o.Start < c.End));
        cues.Sort(ByPosition);
        // A question ("How might X be effective?") asks about a relation; it claims none.
        var strength = sentence.AsSpan().TrimEnd().EndsWith("?", StringComparison.Ordinal) ? WordingStrength.NoClaim : Strength(cues);
        if (strength == WordingStrength.NoClaim && purposes is not null && !cues.Exists(c => c.Kind == CueKind.NonClaim)
            && purposes.Find(p => cues.Exists(h => h.Kind == CueKind.Hedge && h.End <= p.Start)) is { } hedged)
        {
            // "could be useful to tackle X", "might offer a way to prevent X": under a hedge, a means
            // and its purpose state the hedged effect (Yu et al. label these conditional causal).
            cues.Add(hedged);
            cues.Sort(ByPosition);
            strength = WordingStrength.ConditionalCausal;
        }

        return new WordingResult(
            strength,
            cues.Exists(c => c.Kind == CueKind.Absolute),
            cues.Exists(c => c.Kind == CueKind.VagueAttribution),
            cues.Exists(c => c.Kind == CueKind.Subject),
            cues);
    }

    private static int ByPosition(Cue a, Cue b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind);

    private static WordingStrength Strength(List<Cue> cues)
    {
        if (cues.Exists(c => c.Kind == CueKind.NonClaim))
        {
            return WordingStrength.NoClaim;
        }

        var firstCausal = cues.FindIndex(c => c.Kind == CueKind.Causal);
        // "X, compared with placebo, reduced Y": the comparison names the control of a causal claim.
        var firstCorrelational = cues.FindIndex(c => c.Kind == CueKind.Correlational && (firstCausal < 0 || !(c.Text.StartsWith("compared", StringComparison.OrdinalIgnoreCase) || c.Text.StartsWith("relative", StringComparison.OrdinalIgnoreCase))));
        if (firstCorrelational >= 0 && (firstCausal < 0 || firstCorrelational < firstCausal))
        {
            // "… are associated with X; high intake may increase risk": the hedged causal verb is the conclusion.
            for (var i = 0; i + 1 < cues.Count; i++)
            {
                if (cues[i].Kind == CueKind.Hedge && cues[i + 1].Kind == CueKind.Causal && cues[i + 1].Start - cues[i].End < 25)
                {
                    return WordingStrength.ConditionalCausal;
                }
            }

            return WordingStrength.Correlational;
        }

        if (firstCausal >= 0)
        {
            return cues.Exists(c => c.Kind == CueKind.Hedge) ? WordingStrength.ConditionalCausal : WordingStrength.DirectCausal;
        }

        return WordingStrength.NoClaim;
    }

    // A change noun followed by what changed ("a reduction in weight", "the increase of X") names
    // a change without saying what caused it; the verb or association around it decides.
    private static bool NamesChange(string s, int start, int length)
    {
        var cue = s.AsSpan(start, length);
        if (!ChangeNouns.Contains(cue.ToString()))
        {
            return false;
        }

        var next = WordScan.NextWord(s, start + length);
        return string.Equals(next, "in", StringComparison.OrdinalIgnoreCase) || string.Equals(next, "of", StringComparison.OrdinalIgnoreCase);
    }

    // A one-word -ed change verb with no object or agent after it ("increased with age", "improved
    // significantly") or in the passive without "by" ("were reduced after a year").
    private static bool ReportsChange(string s, int start, int length)
    {
        var cue = s.AsSpan(start, length);
        if (cue.Contains(' ') || !cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var isChange = false;
        foreach (var verb in ChangeVerbs)
        {
            isChange |= cue.StartsWith(verb, StringComparison.OrdinalIgnoreCase);
        }

        if (!isChange)
        {
            return false;
        }

        var (prev, _) = WordScan.PreviousWords(s, start);
        var next = WordScan.NextWord(s, start + length);
        var byAgent = string.Equals(next, "by", StringComparison.OrdinalIgnoreCase);
        var noObject = next is null || NoObject.Contains(next);
        var passive = prev is not null && Be.Contains(prev) && !byAgent;
        return (noObject && !byAgent) || passive;
    }

    // "needed to improve", "a way to prevent": an infinitive of purpose, not a claim that X causes it.
    private bool IsPurpose(string s, int start)
    {
        var (prev, prev2) = WordScan.PreviousWords(s, start);
        return string.Equals(prev, "to", StringComparison.OrdinalIgnoreCase) && (prev2 is null || !lexicon.CausalAfterTo.IsMatch(prev2));
    }

    private static bool CountsAsCausal(string s, int start, int length)
    {
        var (prev, _) = WordScan.PreviousWords(s, start);

        var cue = s.AsSpan(start, length);
        if (!cue.Contains(' ') && !cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !cue.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && WordScan.NextWord(s, start + length) is { } following && (Be.Contains(following) || Modals.Contains(following)))
        {
            // A verb is never followed straight by "was" or "may": "repair was performed" names a procedure.
            return false;
        }

        if (cue.Equals("involved in", StringComparison.OrdinalIgnoreCase) && prev is not null && !Be.Contains(prev) && !prev.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(prev, "not", StringComparison.OrdinalIgnoreCase) && !string.Equals(prev, "also", StringComparison.OrdinalIgnoreCase))
        {
            // "genes involved in AD showed …": a reduced relative clause names the topic; "is involved in" is the claim.
            return false;
        }

        if (cue.Equals("lower", StringComparison.OrdinalIgnoreCase) && (prev is null || !BeforeVerbLower.Contains(prev)))
        {
            // A comparative ("lower levels"), not the verb ("to lower", "may lower").
            return false;
        }

        if (cue.Contains(' ') || !(cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || cue.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (start > 0 && s[start - 1] == '-')
        {
            // Second half of a compound modifier ("exercise-induced asthma", "receptor-activated").
            return false;
        }

        if (prev is not null && (prev.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || Consequence.Contains(prev)))
        {
            // "significantly reduced pain", "thereby decreasing demand": an adverb makes it the verb.
            return true;
        }

        var next = WordScan.NextWord(s, start + length);
        if (next is null || !char.IsLower(next[0]) || Function.Contains(next) || next.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "-ed" + noun is an adjective after a determiner, preposition or verb ("with reduced pain",
        // "showed improved scores") or at the start of a phrase ("In women, increased weight …"), but
        // the finite verb after its subject ("training improved walking").
        return cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && prev is not null && !AdjectiveContext.Contains(prev)
            && !prev.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !WordScan.StartsPhrase(s, start);
    }
}
