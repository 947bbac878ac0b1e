namespace LitTracker.Cli;

/// <summary>
/// Process exit codes. Errors are 1-6; 10 means the command worked but the checked claims matched
/// <c>--fail-on</c>, so a pipeline can tell a failed gate from a broken tool; 11 means a batch
/// (import, add, enrich) did some items and failed others, 12 that an import added nothing.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug: please report it with the message).</summary>
    public const int InternalError = 1;

    /// <summary>The command line was malformed (unknown verb, missing or bad option).</summary>
    public const int UsageError = 2;

    /// <summary>An id or key named nothing.</summary>
    public const int NotFound = 3;

    /// <summary>A value was malformed or not allowed (bad grade, malformed DOI…).</summary>
    public const int InvalidInput = 4;

    /// <summary>The change conflicts with stored data (duplicate DOI, concurrent edit).</summary>
    public const int Conflict = 5;

    /// <summary>The database could not be opened, created or upgraded.</summary>
    public const int DatabaseUnavailable = 6;

    /// <summary>At least one claim matched a <c>check --fail-on</c> condition.</summary>
    public const int CheckFailed = 10;

    /// <summary>
    /// <c>import</c>: some records landed, but something went wrong — a record failed, a file was
    /// undone by <c>--strict</c>, or a value was dropped with a warning. The problems are on stderr.
    /// </summary>
    public const int ImportedWithProblems = 11;

    /// <summary><c>import</c>: no record was added or merged, and there were problems or no records at all.</summary>
    public const int NothingImported = 12;

    /// <summary>
    /// A batch (<c>add</c>, <c>enrich</c>) finished, but at least one identifier or source failed
    /// (not found, invalid, registry unreachable); the others were done. The same code as
    /// <see cref="ImportedWithProblems"/>: "partly done, see stderr".
    /// </summary>
    public const int SomeFailed = ImportedWithProblems;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
