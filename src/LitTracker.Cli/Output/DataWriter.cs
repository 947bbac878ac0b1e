using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using LitTracker.Reports.Text;

using Spectre.Console;
using Spectre.Console.Rendering;

namespace LitTracker.Cli.Output;

/// <summary>Writes command data to stdout in the chosen format.</summary>
internal static class DataWriter
{
    /// <summary>JSON settings for every data command: camelCase, indented, nulls kept so shapes are stable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes <paramref name="table"/> as table/csv/md, or <paramref name="json"/> as JSON.</summary>
    public static void Write(TextWriter output, OutputFormat format, Tabular table, object json)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(json, Json));
                break;
            case OutputFormat.Csv:
                WriteCsv(output, table);
                break;
            case OutputFormat.Md:
                WriteMarkdown(output, table);
                break;
            default:
                WriteTable(output, table);
                break;
        }
    }

    /// <summary>A Spectre console that writes plain text (no colour codes) to <paramref name="output"/>.</summary>
    public static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no terminal width; wide enough that claims do not wrap word by word.
        console.Profile.Width = System.Console.IsOutputRedirected || output != System.Console.Out
            ? 200
            : Math.Max(100, System.Console.WindowWidth);
        return console;
    }

    private static void WriteTable(TextWriter output, Tabular data)
    {
        var console = Console(output);
        var widths = ColumnWidths(data, console.Profile.Width);
        var table = new Table().Border(TableBorder.Simple);
        for (var i = 0; i < data.Headers.Count; i++)
        {
            // Short vocabulary columns keep their words whole; prose columns share what is left.
            var column = new TableColumn(Markup.Escape(data.Headers[i]));
            if (data.WrapColumns.Contains(data.Headers[i]))
            {
                column.Width(widths[i]);
            }
            else
            {
                column.NoWrap();
            }

            table.AddColumn(column);
        }

        foreach (var row in data.Rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? string.Empty)).ToArray());
        }

        console.Write(table);
    }

    private static int[] ColumnWidths(Tabular data, int total)
    {
        var natural = data.Headers.Select((h, i) => Math.Max(h.Length, data.Rows.Select(r => i < r.Count ? LongestLine(r[i]) : 0).DefaultIfEmpty(0).Max())).ToArray();
        var wrapping = Enumerable.Range(0, natural.Length).Where(i => data.WrapColumns.Contains(data.Headers[i])).ToList();
        var fixedWidth = Enumerable.Range(0, natural.Length).Except(wrapping).Sum(i => natural[i]);
        var spare = total - fixedWidth - (3 * natural.Length) - 4;
        if (wrapping.Count == 0 || spare <= 0)
        {
            return natural;
        }

        var wanted = wrapping.Sum(i => natural[i]);
        foreach (var i in wrapping)
        {
            natural[i] = Math.Max(12, Math.Min(natural[i], spare * natural[i] / Math.Max(1, wanted)));
        }

        return natural;
    }

    private static int LongestLine(string? cell) =>
        cell is null ? 0 : cell.Split('\n').Max(line => line.Length);

    private static void WriteCsv(TextWriter output, Tabular data)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        using var csv = new CsvWriter(output, config, leaveOpen: true);
        foreach (var header in data.Headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in data.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell ?? string.Empty);
            }

            csv.NextRecord();
        }
    }

    private static void WriteMarkdown(TextWriter output, Tabular data)
    {
        output.WriteLine("| " + string.Join(" | ", data.Headers.Select(Markdown.Cell)) + " |");
        output.WriteLine("|" + string.Concat(data.Headers.Select(_ => " --- |")));
        foreach (var row in data.Rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(c => Markdown.Cell(c ?? string.Empty))) + " |");
        }
    }
}
