namespace LitTracker.Import;

/// <summary>Collects the issues of one record, stamping each with the file, line and key.</summary>
internal sealed class RecordIssues
{
    private readonly List<ImportIssue> _issues = [];

    public RecordIssues(string file, int line, string? recordKey)
    {
        File = file;
        Line = line;
        RecordKey = recordKey;
    }

    public string File { get; }

    public int Line { get; }

    public string? RecordKey { get; set; }

    public IReadOnlyList<ImportIssue> Items => _issues;

    public void Warn(string message, int? line = null, int? column = null) =>
        _issues.Add(new ImportIssue(File, line ?? Line, column, RecordKey, ImportSeverity.Warning, message));

    public void Add(ImportIssue issue) => _issues.Add(issue);
}
