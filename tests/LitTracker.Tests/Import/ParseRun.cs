using LitTracker.Import;

namespace LitTracker.Tests.Import;

/// <summary>Runs a parser over a string and collects both issue channels.</summary>
internal sealed class ParseRun
{
    private ParseRun(List<ParsedSource> records, List<ImportIssue> fileIssues)
    {
        Records = records;
        FileIssues = fileIssues;
    }

    public List<ParsedSource> Records { get; }

    /// <summary>Issues reported through the callback (not tied to a yielded record).</summary>
    public List<ImportIssue> FileIssues { get; }

    public IEnumerable<ImportIssue> AllIssues => FileIssues.Concat(Records.SelectMany(r => r.Issues));

    public ParsedSource Single => Assert.Single(Records);

    public ParsedSource this[string key] => Records.Single(r => r.RecordKey == key);

    public static ParseRun Of(ISourceParser parser, string text, string file = "test")
    {
        var issues = new List<ImportIssue>();
        var records = parser.Parse(new StringReader(text), file, issues.Add).ToList();
        return new ParseRun(records, issues);
    }

    public static ParseRun OfFile(ISourceParser parser, string path)
    {
        var issues = new List<ImportIssue>();
        using var stream = File.OpenRead(path);
        using var reader = TextDecoding.Open(stream, Path.GetFileName(path), issues.Add);
        var records = parser.Parse(reader, Path.GetFileName(path), issues.Add).ToList();
        return new ParseRun(records, issues);
    }
}
