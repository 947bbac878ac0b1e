namespace LitTracker.Analysis.References;

/// <summary>One line of an article's printed reference list, verbatim, with the fields read from it.</summary>
/// <param name="Position">1-based position in the list.</param>
/// <param name="Text">The line exactly as printed (from the original body).</param>
/// <param name="Start">Start of the line in the original body.</param>
/// <param name="End">End (exclusive) in the original body.</param>
/// <param name="Fields">What could be read from it.</param>
public sealed record ReferenceLine(int Position, string Text, int Start, int End, ReferenceFields Fields);
