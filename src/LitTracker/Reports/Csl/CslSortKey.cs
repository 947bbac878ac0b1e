namespace LitTracker.Reports.Csl;

/// <summary>One sort key: a variable or a compiled macro, ascending or descending.</summary>
internal sealed record CslSortKey(string? Variable, CslNode[]? Macro, bool Descending);
