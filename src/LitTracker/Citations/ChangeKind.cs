namespace LitTracker.Citations;

/// <summary>What happened to a citation.</summary>
public enum ChangeKind
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>The citation was made.</summary>
    Created,

    /// <summary>Its stance, grade, locator or rationale changed.</summary>
    Changed,

    /// <summary>It was removed.</summary>
    Deleted,
}
