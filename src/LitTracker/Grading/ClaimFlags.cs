namespace LitTracker.Grading;

/// <summary>Flags shown on top of a claim's verdict.</summary>
[Flags]
public enum ClaimFlags
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The article itself ties no source or reference to the claim.</summary>
    Uncited = 1,

    /// <summary>Direct-causal or absolute wording without moderate or strong evidence.</summary>
    Overstated = 2,

    /// <summary>A patient-oriented claim supported only by disease-oriented or non-human evidence.</summary>
    Indirect = 4,

    /// <summary>The article ties the claim to a reference nobody could identify.</summary>
    UnresolvedReference = 8,

    /// <summary>The claim leans on unnamed authorities ("studies show").</summary>
    VagueAttribution = 16,

    /// <summary>At least one supporting source is retracted or withdrawn.</summary>
    CitesRetracted = 32,
}
