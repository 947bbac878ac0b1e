using System.Text.RegularExpressions;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;
using LitTracker.Analysis.Wording;
using LitTracker.Claims;

namespace LitTracker.Analysis.Claims;

/// <summary>
/// Proposes claims: a sentence asserts an effect, mechanism, benefit, risk or fact about a
/// treatment when (a) it names a taxonomy outcome and either has causal/correlational wording,
/// names a treatment, or is a list item; or (b) it names a treatment with causal or correlational
/// wording; or (c) it has absolute/hype wording about a treatment or outcome; or (d) it is a vague
/// attribution ("studies show") with wording or an outcome; or (e) it reports results ("early
/// results are promising") after a claim in the same paragraph, whose category it takes.
/// Questions and headings are never claims. List items without wording of their own take the
/// wording of their lead-in sentence ("… can lead to the following:"). A vague attribution also
/// marks the result-reporting sentences that follow it in its paragraph.
/// </summary>
public sealed partial class ClaimDetector(Taxonomy taxonomy, WordingClassifier classifier)
{
    /// <summary>A detector over the embedded taxonomy and lexicon.</summary>
    public static ClaimDetector Default => DefaultDetector.Value;

    /// <summary>A detector over compiled expressions, for large texts.</summary>
    public static ClaimDetector DefaultCompiled => CompiledDetector.Value;

    private static readonly Lazy<ClaimDetector> DefaultDetector = new(() => new(Taxonomy.Default, WordingClassifier.Default));
    private static readonly Lazy<ClaimDetector> CompiledDetector = new(() => new(Taxonomy.DefaultCompiled, new WordingClassifier(WordingLexicon.DefaultCompiled)));

    /// <summary>The claims among <paramref name="sentences"/>.</summary>
    public IReadOnlyList<DetectedClaim> Detect(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<DetectedClaim>();
        var leadIn = WordingStrength.NoClaim;
        var block = -1;
        string? blockCategory = null;
        var blockVague = false;
        foreach (var s in sentences)
        {
            if (s.Kind == BlockKind.Heading)
            {
                leadIn = WordingStrength.NoClaim;
                continue;
            }

            if (s.Block != block)
            {
                block = s.Block;
                blockCategory = null;
                blockVague = false;
            }

            var w = classifier.Classify(s.Text);
            var wording = w.Strength;
            if (s.Kind == BlockKind.ListItem && wording == WordingStrength.NoClaim)
            {
                wording = leadIn;
            }
            else if (s.Kind != BlockKind.ListItem)
            {
                leadIn = s.Text.TrimEnd().EndsWith(':') ? w.Strength : WordingStrength.NoClaim;
            }

            var claim = Judge(s, w, wording, blockCategory, blockVague);
            blockVague |= w.VagueAttribution;
            if (claim is null)
            {
                continue;
            }

            claims.Add(claim);
            blockCategory ??= claim.Category == "other" ? null : claim.Category;
        }

        return claims;
    }

    private DetectedClaim? Judge(Sentence s, WordingResult w, WordingStrength wording, string? blockCategory, bool blockVague)
    {
        if (s.Text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var category = taxonomy.Match(s.Text);
        var worded = wording is WordingStrength.DirectCausal or WordingStrength.ConditionalCausal or WordingStrength.Correlational;
        var results = Results().IsMatch(s.Text);
        var why = new List<string>();
        bool isClaim;
        if (category is not null && (worded || w.HasSubject || s.Kind == BlockKind.ListItem))
        {
            isClaim = true;
            why.Add("outcome '" + s.Text[category.Value.Start..category.Value.End] + "'");
        }
        else if (w.HasSubject && worded)
        {
            isClaim = true;
            why.Add("treatment with " + VocabularyLabel(wording) + " wording");
        }
        else if (w.Absolute && (w.HasSubject || category is not null))
        {
            isClaim = true;
            why.Add("absolute wording");
        }
        else if (w.VagueAttribution && (worded || category is not null || w.Absolute))
        {
            isClaim = true;
            why.Add("vague attribution");
        }
        else if (blockCategory is not null && results && worded)
        {
            isClaim = true;
            why.Add("reports results in a paragraph about " + blockCategory);
        }
        else
        {
            isClaim = false;
        }

        if (!isClaim)
        {
            return null;
        }

        var key = category?.Category.Key ?? (results ? blockCategory : null) ?? "other";
        var vague = w.VagueAttribution || (blockVague && results);
        if (vague)
        {
            why.Add("attributed to unnamed studies or experts");
        }

        var confidence = 0.4 + (category is not null ? 0.25 : 0) + (worded ? 0.15 : 0) + (w.HasSubject ? 0.1 : 0) + (w.Absolute ? 0.05 : 0);
        var (start, end) = category is { } c ? (c.Start, c.End)
            : w.Cues.FirstOrDefault(x => x.Kind is CueKind.Causal or CueKind.Correlational or CueKind.Absolute) is { Kind: not CueKind.Unspecified } cue ? (cue.Start, cue.End)
            : (0, s.Text.Length);
        return new DetectedClaim(s, key, wording, w.Absolute, vague, Math.Round(Math.Min(0.95, confidence), 2), s.Start + start, s.Start + end, string.Join("; ", why));
    }

    private static string VocabularyLabel(WordingStrength wording) => Grading.VocabularyNames.Label(wording);

    [GeneratedRegex(@"\b(results?|findings|evidence|outcomes|data|reported|reports?|improvements?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Results();
}
