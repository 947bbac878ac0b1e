namespace LitTracker.Import;

/// <summary>How <see cref="ImportService"/> runs. Defaults: detect the format, write, skip duplicates, not strict.</summary>
/// <param name="Format">The format of every file, or <see cref="ImportFormat.Unspecified"/> to detect each one.</param>
/// <param name="DryRun">Do everything (keys, duplicates, issues) but roll back at the end: nothing is written.</param>
/// <param name="OnDuplicate">What to do with duplicates.</param>
/// <param name="Strict">Any problem in a file (error or warning) undoes that whole file; other files still land.</param>
public sealed record ImportOptions(
    ImportFormat Format = ImportFormat.Unspecified,
    bool DryRun = false,
    DuplicateAction OnDuplicate = DuplicateAction.Skip,
    bool Strict = false);
