namespace LitTracker.Import;

/// <summary>
/// Reads one import format into sources, lazily: records are yielded as they are read, so memory
/// stays flat however large the file (see each parser for its exceptions).
/// </summary>
/// <remarks>
/// Two channels carry problems. Issues about a record that was produced travel in
/// <see cref="ParsedSource.Issues"/>; issues where no record could be produced (a malformed entry,
/// an undecodable byte, a dangling cross-reference) go to <c>reportIssue</c> as they are found.
/// Malformed input never throws; only programmer errors (null arguments) do.
/// </remarks>
public interface ISourceParser
{
    /// <summary>The format this parser reads.</summary>
    ImportFormat Format { get; }

    /// <summary>Parses text already decoded (see <see cref="TextDecoding"/>).</summary>
    /// <param name="reader">The text; a leading U+FEFF is ignored.</param>
    /// <param name="file">File name used in issues.</param>
    /// <param name="reportIssue">Receives issues not tied to a yielded record; may be null to ignore them.</param>
    IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null);
}
