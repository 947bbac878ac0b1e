namespace LitTracker.Import;

/// <summary>What an import did (or, for a dry run, would have done).</summary>
public sealed class ImportResult
{
    /// <summary>New sources stored.</summary>
    public int Added { get; internal set; }

    /// <summary>Records merged into a stored source.</summary>
    public int Merged { get; internal set; }

    /// <summary>Records skipped because they duplicate a stored source.</summary>
    public int SkippedDuplicates { get; internal set; }

    /// <summary>Records (or unreadable files and file remainders) that could not be imported, including those of files undone by strict mode.</summary>
    public int Failed { get; internal set; }

    /// <summary>True when nothing was written because the run was a dry run.</summary>
    public bool DryRun { get; internal set; }

    /// <summary>Files undone by strict mode.</summary>
    public List<string> AbortedFiles { get; } = [];

    /// <summary>Every problem, in file order.</summary>
    public List<ImportIssue> Issues { get; } = [];

    /// <summary>Every duplicate found, in file order.</summary>
    public List<ImportDuplicate> Duplicates { get; } = [];

    /// <summary>Keys of the sources added, in file order (held compactly: a bulk import adds millions).</summary>
    public ImportedKeys AddedKeys { get; } = new();

    /// <summary>True when any record landed (added or merged).</summary>
    public bool AnyImported => Added + Merged > 0;

    /// <summary>True when anything went wrong: a failed record, an aborted file, or a warning.</summary>
    public bool HasProblems => Failed > 0 || AbortedFiles.Count > 0 || Issues.Count > 0;
}
