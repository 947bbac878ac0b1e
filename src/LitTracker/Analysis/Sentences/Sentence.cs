using LitTracker.Analysis.Text;

namespace LitTracker.Analysis.Sentences;

/// <summary>One sentence (or heading, or list item) of an article's plain text.</summary>
/// <param name="Index">0-based position among all sentences.</param>
/// <param name="Start">Start in the plain text.</param>
/// <param name="End">End (exclusive) in the plain text.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Block">Index of its block in <see cref="PlainText.Blocks"/>.</param>
/// <param name="Kind">The block's kind (a heading is one "sentence").</param>
/// <param name="Section">The heading it sits under; "Introduction" before the first heading that follows body text.</param>
/// <param name="Number">1-based number within its section (0 for headings).</param>
public sealed record Sentence(int Index, int Start, int End, string Text, int Block, BlockKind Kind, string Section, int Number)
{
    /// <summary>Where it is, as claims record it: "Section, s3".</summary>
    public string Locator => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Section}, s{Number}");
}
