namespace LitTracker.Cli.Output;

/// <summary>Rows to print as a table, CSV or Markdown.</summary>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Cells, row by row (null prints empty).</param>
internal sealed record Tabular(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);
