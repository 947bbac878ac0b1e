using LitTracker.Claims;

namespace LitTracker.Analysis.Wording;

/// <summary>How strongly a sentence is worded, and the cues that decided it.</summary>
/// <param name="Strength">Yu et al.'s class: direct causal, conditional causal, correlational or no claim.</param>
/// <param name="Absolute">Absolute or hype wording (flagged on top of the class).</param>
/// <param name="VagueAttribution">Attributes the point to unnamed authorities ("studies show").</param>
/// <param name="HasSubject">Mentions a treatment or intervention ("stem cells", "therapy").</param>
/// <param name="Cues">Every cue found, in sentence order.</param>
public sealed record WordingResult(WordingStrength Strength, bool Absolute, bool VagueAttribution, bool HasSubject, IReadOnlyList<Cue> Cues)
{
    /// <summary>The first cue of a kind, if any.</summary>
    public Cue? First(CueKind kind) => Cues.Where(c => c.Kind == kind).Select(c => (Cue?)c).FirstOrDefault();

    /// <summary>Yu et al.'s numeric label: 0 none, 1 direct causal, 2 conditional causal, 3 correlational.</summary>
    public int Label => Strength switch
    {
        WordingStrength.DirectCausal => 1,
        WordingStrength.ConditionalCausal => 2,
        WordingStrength.Correlational => 3,
        _ => 0,
    };
}
