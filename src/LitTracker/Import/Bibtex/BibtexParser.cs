namespace LitTracker.Import.Bibtex;

/// <summary>
/// Reads BibTeX and BibLaTeX: @string macros (month names predefined) and '#' concatenation,
/// braced, quoted and bare values, LaTeX to Unicode, @comment/@preamble, crossref inheritance,
/// BibTeX name grammar. A malformed entry costs one error issue and that entry only: reading
/// resumes at the next '@' that starts a line.
/// </summary>
/// <remarks>
/// Entries are yielded in file order as they are read, except entries with a crossref field,
/// which are yielded after the last entry once their parents are known (see
/// <see cref="BibtexCrossrefResolver"/> for the memory this costs).
/// </remarks>
public sealed class BibtexParser : ISourceParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Bibtex;

    /// <inheritdoc />
    public IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(reader, file, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(TextReader reader, string file, Action<ImportIssue>? reportIssue)
    {
        var crossrefs = new BibtexCrossrefResolver(file);
        foreach (var entry in new BibtexReader(reader, file, reportIssue).ReadEntries())
        {
            if (crossrefs.Offer(entry))
            {
                yield return BibtexMapper.Map(entry, file);
            }
        }

        foreach (var entry in crossrefs.ResolveHeldBack())
        {
            yield return BibtexMapper.Map(entry, file);
        }
    }
}
