namespace LitTracker.Claims;

/// <summary>
/// How strongly a claim is worded, after the causal-language classes of Yu et al. (EMNLP 2019).
/// </summary>
public enum WordingStrength
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>"regrows", "cures", "relieves".</summary>
    DirectCausal,

    /// <summary>"may relieve", "has the potential to".</summary>
    ConditionalCausal,

    /// <summary>"is associated with".</summary>
    Correlational,

    /// <summary>States no relationship.</summary>
    NoClaim,
}
