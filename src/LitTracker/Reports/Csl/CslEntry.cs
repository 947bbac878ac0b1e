using LitTracker.Reports.Text;

namespace LitTracker.Reports.Csl;

/// <summary>One formatted bibliography entry.</summary>
/// <param name="Item">The item formatted.</param>
/// <param name="CitationNumber">Its citation number (1-based).</param>
/// <param name="Text">The entry; without <paramref name="LeftMargin"/> when the style aligns a first field.</param>
/// <param name="LeftMargin">The first field ("1. ", "[1]") when the style sets second-field-align, else null.</param>
public sealed record CslEntry(CslItem Item, int CitationNumber, RichText Text, RichText? LeftMargin)
{
    /// <summary>The whole entry as one rich text (left margin then text).</summary>
    public RichText Full => LeftMargin is null ? Text : new RichText([.. LeftMargin.Runs, .. Text.Runs]);

    /// <summary>The whole entry as plain text.</summary>
    public string ToPlainText() => RichTextRenderer.ToPlainText(Full);

    /// <inheritdoc />
    public override string ToString() => ToPlainText();
}
