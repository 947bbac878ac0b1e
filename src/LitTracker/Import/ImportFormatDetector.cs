namespace LitTracker.Import;

/// <summary>
/// Guesses an import file's format: first from its content (conclusive signatures only), then
/// from its extension. Returns <see cref="ImportFormat.Unspecified"/> when neither tells.
/// </summary>
public static class ImportFormatDetector
{
    /// <summary>How many leading characters <see cref="FromContent"/> looks at.</summary>
    public const int SniffLength = 4096;

    /// <summary>Detects the format from content, falling back to the file name.</summary>
    /// <param name="fileName">File name or path; may be null for standard input.</param>
    /// <param name="head">The first characters of the decoded text (up to <see cref="SniffLength"/>).</param>
    public static ImportFormat Detect(string? fileName, string head)
    {
        var byContent = FromContent(head);
        return byContent != ImportFormat.Unspecified ? byContent : FromExtension(fileName);
    }

    /// <summary>The format a file extension conventionally means.</summary>
    public static ImportFormat FromExtension(string? fileName)
    {
        var ext = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        return ext switch
        {
            ".BIB" or ".BIBTEX" or ".BIBLATEX" => ImportFormat.Bibtex,
            ".RIS" or ".CIW" => ImportFormat.Ris,
            ".JSON" or ".CSLJSON" => ImportFormat.CslJson,
            ".CSV" => ImportFormat.Csv,
            ".NBIB" or ".MEDLINE" => ImportFormat.Medline,
            ".XML" => ImportFormat.PubmedXml,
            _ => ImportFormat.Unspecified,
        };
    }

    /// <summary>Recognises a format by the first meaningful characters of the text.</summary>
    public static ImportFormat FromContent(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.TrimStart('\uFEFF').Split('\n');
        var first = true;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (first && (line.StartsWith('[') || line.StartsWith('{')))
            {
                return ImportFormat.CslJson;
            }

            first = false;

            if (line.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || line.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                return head.Contains("<PubmedArticleSet", StringComparison.Ordinal) ? ImportFormat.PubmedXml : ImportFormat.Unspecified;
            }

            if (line.StartsWith("<PubmedArticleSet", StringComparison.Ordinal))
            {
                return ImportFormat.PubmedXml;
            }

            if (line.StartsWith("PMID-", StringComparison.Ordinal))
            {
                return ImportFormat.Medline;
            }

            if (RisTag(line) || line.StartsWith("FN ", StringComparison.Ordinal) || line.StartsWith("PT ", StringComparison.Ordinal))
            {
                return ImportFormat.Ris;
            }

            if (line.StartsWith('@') || line.StartsWith('%'))
            {
                // BibTeX comments and preambles may precede the first entry; keep looking only for '%'.
                if (line.StartsWith('@'))
                {
                    return ImportFormat.Bibtex;
                }

                continue;
            }
        }

        return ImportFormat.Unspecified;
    }

    private static bool RisTag(string line) =>
        line.Length >= 5 && line.StartsWith("TY", StringComparison.Ordinal)
        && line.AsSpan(2).TrimStart(' ').StartsWith("-", StringComparison.Ordinal);
}
