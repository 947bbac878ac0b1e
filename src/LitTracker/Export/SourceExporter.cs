using LitTracker.Export.Bibtex;
using LitTracker.Export.CslJson;
using LitTracker.Export.Csv;
using LitTracker.Export.Ris;
using LitTracker.Sources;

namespace LitTracker.Export;

/// <summary>Writes sources in one of the <see cref="ExportFormat"/>s; the output imports back with every field the format carries.</summary>
public static class SourceExporter
{
    /// <summary>Writes <paramref name="sources"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<Source> sources, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        switch (format)
        {
            case ExportFormat.Bibtex:
                BibtexWriter.Write(writer, sources);
                break;
            case ExportFormat.Ris:
                RisWriter.Write(writer, sources);
                break;
            case ExportFormat.CslJson:
                CslJsonWriter.Write(writer, sources);
                break;
            case ExportFormat.Csv:
                CsvSourceWriter.Write(writer, sources);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Choose an export format.");
        }
    }
}
