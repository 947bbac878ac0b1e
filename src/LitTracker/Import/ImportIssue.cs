using System.Globalization;
using System.Text;

namespace LitTracker.Import;

/// <summary>
/// One problem found while reading an import file, located precisely enough to fix it in an editor.
/// </summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column where it helps, else null.</param>
/// <param name="RecordKey">The record's own key or id in the file (BibTeX key, RIS ID, CSL id), when known.</param>
/// <param name="Severity">Warning (record kept) or error (record or rest of file lost).</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record ImportIssue(
    string File,
    int Line,
    int? Column,
    string? RecordKey,
    ImportSeverity Severity,
    string Message)
{
    /// <summary>Compiler-style form: <c>refs.bib:12:5: error [smith2019]: message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $":{Line}");
            if (Column is { } column)
            {
                sb.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        sb.Append(Severity == ImportSeverity.Error ? ": error" : ": warning");
        if (!string.IsNullOrEmpty(RecordKey))
        {
            sb.Append(" [").Append(RecordKey).Append(']');
        }

        return sb.Append(": ").Append(Message).ToString();
    }
}
