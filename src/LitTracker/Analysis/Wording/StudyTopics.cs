namespace LitTracker.Analysis.Wording;

/// <summary>
/// Study verbs ("we examined", "were investigated") make the relation they govern what a study
/// looked at, not what it found; <see cref="Drop"/> removes its relation cues.
/// </summary>
internal static class StudyTopics
{
    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "been", "be", "being" };

    // Words that start the next clause after an active study verb's object.
    private static readonly string[] ClauseWords = [" when ", " whereas ", " while ", " but ", " which ", " and showed "];

    /// <summary>
    /// Removes the causal and correlational cues of <paramref name="cues"/> that name a study's
    /// topic: "The effects of X on Y were examined", "we analysed the association between X and Y".
    /// The topic is the clause before a passive study verb (back to the sentence start or a
    /// semicolon) or after an active one (up to the next comma, bracket or clause word).
    /// </summary>
    public static void Drop(string s, List<Cue> cues)
    {
        foreach (var study in cues.Where(c => c.Kind == CueKind.Study).ToList())
        {
            int from, to;
            if (Be.Contains(WordScan.NextWord(s, study.Start) ?? string.Empty))
            {
                from = s.LastIndexOf(';', study.Start) + 1;
                to = study.Start;
            }
            else
            {
                from = study.End;
                to = ClauseEnd(s, study.End);
            }

            cues.RemoveAll(c => c.Kind is CueKind.Causal or CueKind.Correlational && c.Start >= from && c.End <= to);
        }
    }

    private static int ClauseEnd(string s, int from)
    {
        var end = s.IndexOfAny([',', ';', '(', '[', ':'], from);
        end = end < 0 ? s.Length : end;
        foreach (var w in ClauseWords)
        {
            var at = s.IndexOf(w, from, end - from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                end = at;
            }
        }

        // "we examined X and identified / found Y": a second verb of the same subject reports the finding.
        for (var at = s.IndexOf(" and ", from, end - from, StringComparison.Ordinal); at >= 0; at = s.IndexOf(" and ", at + 5, end - at - 5, StringComparison.Ordinal))
        {
            if (WordScan.NextWord(s, at + 5) is { } verb && (verb.EndsWith("ed", StringComparison.Ordinal) || verb == "found"))
            {
                return at;
            }
        }

        return end;
    }
}
