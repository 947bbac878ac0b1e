namespace LitTracker.Analysis.Text;

/// <summary>A block of <see cref="PlainText.Text"/>: [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Start">First character in the plain text.</param>
/// <param name="End">End (exclusive) in the plain text.</param>
/// <param name="Kind">Heading, paragraph or list item.</param>
public sealed record TextBlock(int Start, int End, BlockKind Kind);
