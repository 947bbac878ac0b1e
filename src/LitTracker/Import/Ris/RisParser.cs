namespace LitTracker.Import.Ris;

/// <summary>
/// Reads RIS as written by PubMed, Scopus, Web of Science, Zotero, EndNote and Mendeley: tags
/// with lenient spacing (<c>TY  - </c>, <c>TY - </c>), untagged lines continuing the previous
/// value, <c>ER</c> closing a record, a BOM and CRLF line ends. The Web of Science tagged export
/// (<c>FN</c>/<c>PT</c> headers, no dash) is recognised from its first line and read too. Text
/// outside records (numbering, export banners) is ignored.
/// </summary>
public sealed class RisParser : ISourceParser
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Ris;

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
        bool? wos = null;
        RisRecord? record = null;
        var strayReported = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            wos ??= line.Length >= 3 && line[2] == ' ' && line.StartsWith("FN", StringComparison.Ordinal) | line.StartsWith("VR", StringComparison.Ordinal) | line.StartsWith("PT", StringComparison.Ordinal);
            var valueStart = wos.Value ? RisLines.WosValueStart(line) : RisLines.RisValueStart(line);
            if (valueStart < 0 || (wos.Value && line.StartsWith(' ')))
            {
                AppendContinuation(record, line, wos.Value);
                continue;
            }

            var tag = RisLines.Tag(line);
            var value = RisLines.Value(line, valueStart);
            if (tag == (wos.Value ? "PT" : "TY"))
            {
                if (record is not null)
                {
                    report?.Invoke(new ImportIssue(file, record.Line, null, null, ImportSeverity.Warning,
                        $"The record starting at line {record.Line} has no ER line before the next record at line {lineNumber}; it was imported anyway. Add 'ER  - ' to close it."));
                    yield return Map(record, file, wos.Value);
                }

                record = new RisRecord(lineNumber);
                record.Fields.Add(new RisField(tag, value, lineNumber));
                strayReported = false;
            }
            else if (tag == "ER")
            {
                if (record is not null)
                {
                    yield return Map(record, file, wos.Value);
                }

                record = null;
            }
            else if (record is not null)
            {
                record.Fields.Add(new RisField(tag, value, lineNumber));
            }
            else if (!strayReported && !(wos.Value && tag is "FN" or "VR" or "EF"))
            {
                strayReported = true;
                report?.Invoke(new ImportIssue(file, lineNumber, 1, null, ImportSeverity.Error,
                    $"Tag '{tag}' appears outside a record and was ignored with the lines after it: every record must start with a '{(wos.Value ? "PT" : "TY  - ")}' line."));
            }
        }

        if (record is not null)
        {
            report?.Invoke(new ImportIssue(file, record.Line, null, null, ImportSeverity.Warning,
                $"The record starting at line {record.Line} is not closed with an ER line before the end of the file; it was imported anyway."));
            yield return Map(record, file, wos ?? false);
        }
    }

    private static ParsedSource Map(RisRecord record, string file, bool wos) =>
        wos ? WosMapper.Map(record, file) : RisMapper.Map(record, file);

    private static void AppendContinuation(RisRecord? record, string line, bool wos)
    {
        if (record is null || record.Fields.Count == 0)
        {
            return;
        }

        var last = record.Fields[^1];
        var text = line.Trim();
        if (wos && last.Tag is "AU" or "AF" or "CR")
        {
            // In Web of Science exports each continuation line of a list tag is one more item.
            record.Fields.Add(last with { Value = text });
            return;
        }

        record.Fields[^1] = last with { Value = last.Value.Length == 0 ? text : last.Value + " " + text };
    }
}
