namespace LitTracker.Reports.Csl;

/// <summary>A problem found while loading a CSL style.</summary>
/// <param name="File">The style file (or resource) name.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record CslStyleIssue(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}
