using LitTracker.Grading;

namespace LitTracker.Citations;

/// <summary>
/// One entry of the audit trail: the state of a citation right after a change (or, for a
/// deletion, the state it had). Rows are only ever appended.
/// </summary>
public sealed class CitationChange
{
    /// <summary>Database id; also the order of changes.</summary>
    public int Id { get; set; }

    /// <summary>The citation changed (kept after the citation is deleted).</summary>
    public int CitationId { get; set; }

    /// <summary>The claim.</summary>
    public int ClaimId { get; set; }

    /// <summary>The source.</summary>
    public int SourceId { get; set; }

    /// <summary>created, changed or deleted.</summary>
    public ChangeKind Kind { get; set; }

    /// <summary>Origin after the change.</summary>
    public CitationOrigin Origin { get; set; }

    /// <summary>Stance after the change.</summary>
    public Stance Stance { get; set; }

    /// <summary>Grade after the change.</summary>
    public Certainty Grade { get; set; }

    /// <summary>Outcome kind after the change.</summary>
    public Outcome Outcome { get; set; }

    /// <summary>Locator after the change.</summary>
    public string? Locator { get; set; }

    /// <summary>Rationale after the change.</summary>
    public string? Rationale { get; set; }

    /// <summary>Who made the change.</summary>
    public string By { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTime At { get; set; }
}
