namespace LitTracker.Reports.Csl;

/// <summary>Where a node is compiled: citation, bibliography or a sort key, with the inherited attributes.</summary>
internal sealed record CslCompileScope(string Context, IReadOnlyDictionary<string, string> Options);
