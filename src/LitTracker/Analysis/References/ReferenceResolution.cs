namespace LitTracker.Analysis.References;

/// <summary>How one printed reference line was resolved.</summary>
/// <param name="Position">1-based position in the list.</param>
/// <param name="SourceId">The library source it names, when resolved.</param>
/// <param name="SourceKey">That source's key.</param>
/// <param name="Method">"doi", "pmid", "url", "title" or "title ~0.93"; null when unresolved.</param>
/// <param name="UnresolvedReason">Why not (null when resolved).</param>
/// <param name="RepeatOf">Position of an earlier line naming the same work.</param>
public sealed record ReferenceResolution(int Position, int? SourceId, string? SourceKey, string? Method, string? UnresolvedReason, int? RepeatOf);
