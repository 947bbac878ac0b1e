using System.CommandLine;

namespace LitTracker.Cli.Output;

/// <summary>Builds the <c>--format</c> option of a command from the formats it supports.</summary>
internal static class FormatOption
{
    /// <summary>A --format option accepting <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join("|", formats) + ".",
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The data formats: table, json, csv, md.</summary>
    public static Option<string> Data() => Create("table", "json", "csv", "md");

    /// <summary>Reads a data format chosen with <see cref="Data"/>.</summary>
    public static OutputFormat Parse(string value) =>
        Enum.Parse<OutputFormat>(value, ignoreCase: true);
}
