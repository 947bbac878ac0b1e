using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>
/// A <see cref="Sources.Source"/> read from an import file, with where it came from and what was
/// wrong with it. <see cref="Source.Key"/> is left empty: keys are assigned when storing.
/// </summary>
/// <param name="Source">The parsed work; only the fields the record gave are set.</param>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="RecordKey">The record's own key in the file (BibTeX key, RIS ID/AN, CSL id), if any.</param>
/// <param name="Issues">Warnings about this record (dropped or doubtful values).</param>
public sealed record ParsedSource(Source Source, int Line, string? RecordKey, IReadOnlyList<ImportIssue> Issues);
