namespace LitTracker.Sources;

/// <summary>Kinds of editorial notice. Only retraction and withdrawal make a source retracted.</summary>
public enum NoticeType
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>The work is retracted.</summary>
    Retraction,

    /// <summary>The journal has concerns but has not retracted.</summary>
    ExpressionOfConcern,

    /// <summary>An erratum or correction; the work stands.</summary>
    Correction,

    /// <summary>The work is withdrawn (counts as retracted).</summary>
    Withdrawal,

    /// <summary>A retraction was reversed.</summary>
    Reinstatement,
}
