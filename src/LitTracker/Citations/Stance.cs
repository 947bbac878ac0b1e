namespace LitTracker.Citations;

/// <summary>What a source says about a claim.</summary>
public enum Stance
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>The source supports the claim.</summary>
    Supports,

    /// <summary>The source contradicts the claim.</summary>
    Contradicts,

    /// <summary>The source supports part and contradicts part, or reports inconsistent results.</summary>
    Mixed,

    /// <summary>The source is cited but does not address the claim.</summary>
    DoesNotAddress,
}
