using LitTracker.Import.Bibtex;
using LitTracker.Import.CslJson;
using LitTracker.Import.Csv;
using LitTracker.Import.Medline;
using LitTracker.Import.PubMedXml;
using LitTracker.Import.Ris;

namespace LitTracker.Import;

/// <summary>
/// The entry point for reading an import file: decodes the bytes (<see cref="TextDecoding"/>),
/// detects the format when not given (<see cref="ImportFormatDetector"/>) and streams the
/// records from the matching <see cref="ISourceParser"/>.
/// </summary>
public static class SourceFileParser
{
    /// <summary>The formats with a parser today.</summary>
    public static IReadOnlyList<ImportFormat> Supported { get; } = [ImportFormat.Bibtex, ImportFormat.Ris, ImportFormat.CslJson, ImportFormat.Csv, ImportFormat.Medline, ImportFormat.PubmedXml];

    /// <summary>A parser for <paramref name="format"/>, or null when there is none yet.</summary>
    public static ISourceParser? For(ImportFormat format) => format switch
    {
        ImportFormat.Bibtex => new BibtexParser(),
        ImportFormat.Ris => new RisParser(),
        ImportFormat.CslJson => new CslJsonParser(),
        ImportFormat.Csv => new CsvSourceParser(),
        ImportFormat.Medline => new MedlineParser(),
        ImportFormat.PubmedXml => new PubMedXmlParser(),
        _ => null,
    };

    /// <summary>
    /// Streams the sources in <paramref name="stream"/>. Problems not tied to a yielded record —
    /// an undetectable or unsupported format, undecodable bytes, malformed records — go to
    /// <paramref name="reportIssue"/>; the stream is read forward once and not disposed.
    /// </summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">File name used for extension-based detection and in issues.</param>
    /// <param name="format">The format, or <see cref="ImportFormat.Unspecified"/> to detect it.</param>
    /// <param name="reportIssue">Receives issues not attached to a yielded record.</param>
    public static IEnumerable<ParsedSource> Parse(Stream stream, string file, ImportFormat format = ImportFormat.Unspecified, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(stream, file, format, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(Stream stream, string file, ImportFormat format, Action<ImportIssue>? report)
    {
        using TextReader decoded = TextDecoding.Open(stream, file, report);
        TextReader reader = decoded;
        if (format == ImportFormat.Unspecified)
        {
            var buffer = new char[ImportFormatDetector.SniffLength];
            var n = decoded.ReadBlock(buffer, 0, buffer.Length);
            var head = new string(buffer, 0, n);
            format = ImportFormatDetector.Detect(file, head);
            reader = new PrefixedTextReader(head, decoded);
            if (format == ImportFormat.Unspecified)
            {
                if (n > 0)
                {
                    report?.Invoke(new ImportIssue(file, 0, null, null, ImportSeverity.Error,
                        "The format could not be recognised from the file name or its first lines: give it with --format (bibtex, ris, csljson, csv, medline, pubmed-xml)."));
                }

                yield break;
            }
        }

        var parser = For(format);
        if (parser is null)
        {
            report?.Invoke(new ImportIssue(file, 0, null, null, ImportSeverity.Error,
                $"Reading {format} files is not supported yet: export the references as BibTeX, RIS or CSL-JSON instead."));
            yield break;
        }

        foreach (var parsed in parser.Parse(reader, file, report))
        {
            yield return parsed;
        }
    }
}
