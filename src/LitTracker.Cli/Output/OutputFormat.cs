namespace LitTracker.Cli.Output;

/// <summary>How data commands print: an aligned table for people, or JSON, CSV or Markdown for tools.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned text table.</summary>
    Table,

    /// <summary>JSON (camelCase).</summary>
    Json,

    /// <summary>CSV with a header row; cells escaped against formula injection.</summary>
    Csv,

    /// <summary>Markdown table.</summary>
    Md,
}
