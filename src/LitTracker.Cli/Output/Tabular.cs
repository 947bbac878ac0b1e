namespace LitTracker.Cli.Output;

/// <summary>Rows to print as a table, CSV or Markdown.</summary>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Cells, row by row (null prints empty).</param>
internal sealed record Tabular(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>Columns of prose that may wrap in a terminal table; the others never wrap.</summary>
    public IReadOnlySet<string> WrapColumns { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "claim", "title", "value", "as printed", "note", "rationale", "notices",
    };
}
