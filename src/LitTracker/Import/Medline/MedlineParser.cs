using System.Text.RegularExpressions;
using LitTracker.Import.Ris;

namespace LitTracker.Import.Medline;

/// <summary>
/// Reads PubMed's MEDLINE text format (<c>.nbib</c>, "Send to: Citation manager"): a record starts
/// at <c>PMID- </c>, each line is a tag of up to four letters padded to four, a dash and a value,
/// and lines indented by six spaces continue the previous value. Blank lines separate records.
/// </summary>
public sealed partial class MedlineParser : ISourceParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Medline;

    /// <inheritdoc />
    public IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(reader, file, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(TextReader reader, string file, Action<ImportIssue>? report)
    {
        var lineNumber = 0;
        RisRecord? record = null;
        var strayReported = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var match = Tag().Match(line);
            if (!match.Success)
            {
                if (record is { Fields.Count: > 0 } && line.StartsWith(' '))
                {
                    var last = record.Fields[^1];
                    record.Fields[^1] = last with { Value = (last.Value + " " + line.Trim()).Trim() };
                }
                else if (!strayReported)
                {
                    strayReported = true;
                    report?.Invoke(new ImportIssue(file, lineNumber, 1, null, ImportSeverity.Error,
                        "This line is neither a MEDLINE tag ('XXXX- value') nor a continuation (six spaces); it was ignored. Export the records again from PubMed with 'Send to: Citation manager'."));
                }

                continue;
            }

            var tag = match.Groups["tag"].Value;
            var value = match.Groups["value"].Value.Trim();
            if (tag == "PMID")
            {
                if (record is not null)
                {
                    yield return MedlineMapper.Map(record, file);
                }

                record = new RisRecord(lineNumber);
                strayReported = false;
            }
            else if (record is null)
            {
                if (!strayReported)
                {
                    strayReported = true;
                    report?.Invoke(new ImportIssue(file, lineNumber, 1, null, ImportSeverity.Error,
                        $"Tag '{tag}' comes before any 'PMID- ' line and was ignored with the lines after it: every MEDLINE record starts with its PMID."));
                }

                continue;
            }

            record.Fields.Add(new RisField(tag, value, lineNumber));
        }

        if (record is not null)
        {
            yield return MedlineMapper.Map(record, file);
        }
    }

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]{1,3})\s*-\s?(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
