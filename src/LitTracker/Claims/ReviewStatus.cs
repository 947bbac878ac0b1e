namespace LitTracker.Claims;

/// <summary>
/// Whether a person has confirmed a claim or citation. Only confirmed ones count in a check: what
/// the article analyser proposes stays <see cref="Suggested"/> until a reviewer accepts it.
/// </summary>
public enum ReviewStatus
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Recorded or accepted by a person; counts in the check.</summary>
    Confirmed,

    /// <summary>Proposed by the analyser; waits for review and does not count.</summary>
    Suggested,

    /// <summary>Rejected by a reviewer; kept so it is not proposed again.</summary>
    Rejected,
}
