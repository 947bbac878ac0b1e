using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Citations;

/// <summary>
/// A claim ↔ source link with stance, grade, locator and rationale. At most one citation exists
/// per (claim, source, origin); changing it appends to its history (<see cref="CitationChange"/>).
/// </summary>
public sealed class Citation
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The claim.</summary>
    public int ClaimId { get; set; }

    /// <summary>The claim, when loaded.</summary>
    public Claim? Claim { get; set; }

    /// <summary>The source.</summary>
    public int SourceId { get; set; }

    /// <summary>The source, when loaded.</summary>
    public Source? Source { get; set; }

    /// <summary>Whether the article cites it or a reviewer added it.</summary>
    public CitationOrigin Origin { get; set; }

    /// <summary>What the source says about the claim.</summary>
    public Stance Stance { get; set; }

    /// <summary>GRADE certainty of the evidence this source gives for this claim.</summary>
    public Certainty Grade { get; set; }

    /// <summary>What the evidence measures (patient- or disease-oriented).</summary>
    public Outcome Outcome { get; set; }

    /// <summary>Page, section or quoted passage.</summary>
    public string? Locator { get; set; }

    /// <summary>Why this stance and grade (required when the grade moves from the design's starting level).</summary>
    public string? Rationale { get; set; }

    /// <summary>Who graded it last.</summary>
    public string By { get; set; } = string.Empty;

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>Confirmed citations count in a check; suggested ones (from the analyser) wait for review.</summary>
    public Claims.ReviewStatus Status { get; set; } = Claims.ReviewStatus.Confirmed;

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; set; }
}
