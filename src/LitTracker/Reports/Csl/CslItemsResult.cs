using LitTracker.Import;

namespace LitTracker.Reports.Csl;

/// <summary>Items read from CSL-JSON, and the problems found (one bad record never loses the others).</summary>
/// <param name="Items">The items, in file order.</param>
/// <param name="Issues">Problems with file and line.</param>
public sealed record CslItemsResult(IReadOnlyList<CslItem> Items, IReadOnlyList<ImportIssue> Issues);
