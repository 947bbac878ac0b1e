namespace LitTracker.Reports.Csl;

/// <summary>The outcome of loading a style: the style when usable, and every problem found.</summary>
/// <param name="Style">The style, or null when it cannot be used.</param>
/// <param name="Issues">Problems, each with file, line and column.</param>
public sealed record CslStyleResult(CslStyle? Style, IReadOnlyList<CslStyleIssue> Issues)
{
    /// <summary>True when the style loaded without problems.</summary>
    public bool IsValid => Style is not null && Issues.Count == 0;
}
