namespace LitTracker.Analysis.Wording;

/// <summary>Which list of <c>seed/wording.json</c> a cue came from.</summary>
public enum CueKind
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>"associated with", "risk factor".</summary>
    Correlational,

    /// <summary>"reduces", "relieves", "leads to".</summary>
    Causal,

    /// <summary>"may", "could", "has the potential to".</summary>
    Hedge,

    /// <summary>"clearly", "proven".</summary>
    Booster,

    /// <summary>"perfect solution", "cure", "revolutionize".</summary>
    Absolute,

    /// <summary>"studies show", "researchers believe".</summary>
    VagueAttribution,

    /// <summary>"should", "further studies are needed".</summary>
    NonClaim,

    /// <summary>"stem cells", "therapy", "injection": what health claims are about.</summary>
    Subject,

    /// <summary>"we examined", "were investigated": what a study looked at, not what it found.</summary>
    Study,
}
