using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// <c>parse-dump OUT [N] [--testdata DIR]</c>: the differential check for parser changes. Writes a
/// canonical text dump of everything <see cref="SourceFileParser.Parse"/> produces — every record's
/// line, key, issues (file, line, column, severity, message) and every public property of its
/// <see cref="Sources.Source"/> (authors, identifiers, notices…), plus the issues reported apart,
/// in the order they arrive — for N generated records per export format and for every file under
/// DIR's bibtex, ris_medline, ncbi and csl folders (detected, forced to each format, and cut short
/// at 16 points). Dump before and after a change and compare the two files byte for byte.
/// </summary>
public static class ParseDump
{
    private static readonly string[] Folders = ["bibtex", "ris_medline", "ncbi", "csl"];

    /// <summary>Runs from the command line.</summary>
    public static void RunFromCommandLine(string[] args)
    {
        var dirAt = Array.IndexOf(args, "--testdata");
        var testdata = dirAt >= 0 ? args[dirAt + 1] : "/work/shared/testdata";
        var rest = dirAt >= 0 ? [.. args[..dirAt], .. args[(dirAt + 2)..]] : args;
        var output = rest[0];
        var n = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 20_000;
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false), 1 << 16);
        writer.NewLine = "\n";
        foreach (var format in new[] { ExportFormat.Bibtex, ExportFormat.Ris, ExportFormat.CslJson, ExportFormat.Csv })
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            SourceExporter.Write(text, RecordGenerator.Generate(n), format);
            Dump(writer, "generated." + format, Encoding.UTF8.GetBytes(text.ToString()), Enum.Parse<ImportFormat>(format.ToString()));
        }

        var files = Folders.Select(f => Path.Combine(testdata, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(testdata, path);
            var bytes = File.ReadAllBytes(path);
            Dump(writer, name, bytes, ImportFormat.Unspecified);
            foreach (var format in SourceFileParser.Supported)
            {
                Dump(writer, name, bytes, format);
            }

            for (var cut = 1; cut <= 16; cut++)
            {
                Dump(writer, name, bytes[..(int)((long)bytes.Length * cut / 17)], ImportFormat.Unspecified);
            }
        }

        Console.WriteLine($"{files.Count} test files dumped to {output}");
    }

    private static void Dump(TextWriter w, string name, byte[] bytes, ImportFormat format)
    {
        w.WriteLine($"=== {name} ({bytes.Length} bytes) as {format}");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            foreach (var parsed in SourceFileParser.Parse(stream, name, format, issue => w.WriteLine("reported " + Issue(issue))))
            {
                w.WriteLine($"record line={parsed.Line} key={Text(parsed.RecordKey)}");
                foreach (var issue in parsed.Issues)
                {
                    w.WriteLine("  issue " + Issue(issue));
                }

                var sb = new StringBuilder();
                Value(sb, parsed.Source);
                w.WriteLine("  " + sb);
            }
        }
        catch (Exception ex)
        {
            w.WriteLine($"threw {ex.GetType().FullName}: {ex.Message}");
        }
    }

    private static string Issue(ImportIssue i) =>
        string.Create(CultureInfo.InvariantCulture, $"{Text(i.File)} {i.Line} {i.Column?.ToString(CultureInfo.InvariantCulture) ?? "-"} {Text(i.RecordKey)} {i.Severity} {Text(i.Message)}");

    private static string Text(string? s)
    {
        if (s is null)
        {
            return "null";
        }

        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c) || c > '~')
            {
                sb.Append(c < ' ' || char.IsSurrogate(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private static void Value(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append(Text(s));
                return;
            case Enum or bool or int or long or DateOnly or DateTime or DateTimeOffset or double or decimal:
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"{value}"));
                return;
            case IDictionary dictionary:
                sb.Append('{');
                foreach (DictionaryEntry entry in dictionary)
                {
                    Value(sb, entry.Key);
                    sb.Append(": ");
                    Value(sb, entry.Value);
                    sb.Append(", ");
                }

                sb.Append('}');
                return;
            case IEnumerable items:
                sb.Append('[');
                foreach (var item in items)
                {
                    Value(sb, item);
                    sb.Append(", ");
                }

                sb.Append(']');
                return;
            default:
                sb.Append(value.GetType().Name).Append('(');
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
                    {
                        continue;
                    }

                    sb.Append(property.Name).Append('=');
                    Value(sb, property.GetValue(value));
                    sb.Append(' ');
                }

                sb.Append(')');
                return;
        }
    }
}
