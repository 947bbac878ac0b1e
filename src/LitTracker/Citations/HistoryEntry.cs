namespace LitTracker.Citations;

/// <summary>One line of a claim's history, with the source named.</summary>
/// <param name="Change">The trail entry.</param>
/// <param name="SourceKey">Key of the cited source.</param>
/// <param name="SourceTitle">Title of the cited source.</param>
public sealed record HistoryEntry(CitationChange Change, string SourceKey, string SourceTitle);
