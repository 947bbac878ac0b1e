using LitTracker.Sources.Duplicates;

namespace LitTracker.Import;

/// <summary>A record found to duplicate a stored source, and what was done with it.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">Line where the record starts.</param>
/// <param name="RecordKey">The record's key in the file, if any.</param>
/// <param name="ExistingKey">The key of the source it duplicates.</param>
/// <param name="Match">Why it is a duplicate.</param>
/// <param name="Action">What was done.</param>
public sealed record ImportDuplicate(string File, int Line, string? RecordKey, string ExistingKey, DuplicateMatch Match, DuplicateAction Action);
