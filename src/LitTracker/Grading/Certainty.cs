namespace LitTracker.Grading;

/// <summary>
/// GRADE certainty of evidence. Values are ordered: a larger value is more certain.
/// </summary>
public enum Certainty
{
    /// <summary>Not graded.</summary>
    Unspecified = 0,

    /// <summary>Very low: the true effect is probably markedly different.</summary>
    VeryLow = 1,

    /// <summary>Low: the true effect might be markedly different.</summary>
    Low = 2,

    /// <summary>Moderate: the true effect is probably close.</summary>
    Moderate = 3,

    /// <summary>High: confident the true effect is close.</summary>
    High = 4,
}
