namespace LitTracker.Grading;

/// <summary>The verdict on one claim, computed from its citations (never stored).</summary>
public enum Verdict
{
    /// <summary>Not computed.</summary>
    Unspecified = 0,

    /// <summary>No citation supports the claim.</summary>
    Unsourced,

    /// <summary>Every supporting source is retracted.</summary>
    RetractedSupport,

    /// <summary>A contradicting source is graded higher than the best supporting one.</summary>
    Contradicted,

    /// <summary>Supporting and contradicting sources of similar grade.</summary>
    Contested,

    /// <summary>Best supporting grade is low or very low.</summary>
    Weak,

    /// <summary>Best supporting grade is moderate.</summary>
    Moderate,

    /// <summary>Best supporting grade is high.</summary>
    Strong,
}
