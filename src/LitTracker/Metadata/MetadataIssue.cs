namespace LitTracker.Metadata;

/// <summary>
/// A problem found in untrusted metadata (an HTTP body or a file): what is wrong and what to do
/// next, with the 1-based line and column when the format has them.
/// </summary>
/// <param name="Message">What went wrong and what the user can do about it.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Field">The field or column concerned, when known.</param>
public sealed record MetadataIssue(string Message, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>"line 3, column 7: message" (the parts that are known).</summary>
    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            (int l, int c) => $"line {l}, column {c}: ",
            (int l, null) => $"line {l}: ",
            _ => string.Empty,
        };
        var field = Field is null ? string.Empty : $"[{Field}] ";
        return where + field + Message;
    }
}
