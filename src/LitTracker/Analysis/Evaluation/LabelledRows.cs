using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Import;

namespace LitTracker.Analysis.Evaluation;

/// <summary>Reads a labelled CSV (header row; a text column and a label column); bad rows become line-numbered issues.</summary>
internal static class LabelledRows
{
    public static (List<(string Text, string Label)> Rows, List<ImportIssue> Issues) Read(TextReader reader, string file, string textColumn, string labelColumn, IReadOnlySet<string> labels)
    {
        var rows = new List<(string, string)>();
        var issues = new List<ImportIssue>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => issues.Add(new ImportIssue(file, args.Context.Parser?.RawRow ?? 0, null, null, ImportSeverity.Warning, "malformed quoting; the row was read as far as possible")),
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            issues.Add(new ImportIssue(file, 1, null, null, ImportSeverity.Error, $"no header row; the file needs columns {textColumn},{labelColumn}"));
            return (rows, issues);
        }

        var header = csv.HeaderRecord ?? [];
        if (!header.Contains(textColumn) || !header.Contains(labelColumn))
        {
            issues.Add(new ImportIssue(file, 1, null, null, ImportSeverity.Error, $"missing column: the header needs {textColumn} and {labelColumn} (has {string.Join(",", header)})"));
            return (rows, issues);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var text = csv.GetField(textColumn);
            var label = csv.GetField(labelColumn)?.Trim();
            if (string.IsNullOrWhiteSpace(text) || label is null || !labels.Contains(label))
            {
                issues.Add(new ImportIssue(file, line, null, null, ImportSeverity.Warning, $"skipped: {labelColumn} '{label}' is not one of {string.Join(", ", labels)}, or {textColumn} is empty"));
                continue;
            }

            rows.Add((text, label));
        }

        return (rows, issues);
    }
}
