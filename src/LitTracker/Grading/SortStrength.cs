namespace LitTracker.Grading;

/// <summary>Strength of Recommendation Taxonomy (SORT, Ebell et al. 2004) level for a claim.</summary>
public enum SortStrength
{
    /// <summary>Not computed.</summary>
    Unspecified = 0,

    /// <summary>Consistent, good-quality patient-oriented evidence.</summary>
    A,

    /// <summary>Inconsistent or limited-quality patient-oriented evidence.</summary>
    B,

    /// <summary>Consensus, disease-oriented evidence, usual practice, expert opinion or case series.</summary>
    C,
}
