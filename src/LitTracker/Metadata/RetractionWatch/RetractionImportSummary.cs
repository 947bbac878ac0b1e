namespace LitTracker.Metadata.RetractionWatch;

/// <summary>What a Retraction Watch import did.</summary>
/// <param name="RowsRead">Rows read as records (bad rows are in <paramref name="Issues"/>).</param>
/// <param name="RowsMatched">Rows whose original paper (DOI or PMID) is a stored source.</param>
/// <param name="NoticesAdded">Notices added (a notice already present is not added again).</param>
/// <param name="SourcesChanged">Keys of the sources that gained a notice, in key order.</param>
/// <param name="Issues">Problems in the file, with line numbers.</param>
public sealed record RetractionImportSummary(int RowsRead, int RowsMatched, int NoticesAdded, IReadOnlyList<string> SourcesChanged, IReadOnlyList<MetadataIssue> Issues);
