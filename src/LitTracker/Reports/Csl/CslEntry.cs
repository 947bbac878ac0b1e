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
    /// <remarks>
    /// As citeproc-js does in text output, a space separates the margin from the text when
    /// neither brings one ("1." + "Hall HK" reads "1. Hall HK").
    /// </remarks>
    public RichText Full => LeftMargin is null ? Text
        : NeedsSpace(LeftMargin, Text) ? new RichText([.. LeftMargin.Runs, TextRun.Plain(" "), .. Text.Runs])
        : new RichText([.. LeftMargin.Runs, .. Text.Runs]);

    private static bool NeedsSpace(RichText left, RichText right) =>
        left.Runs.Count > 0 && right.Runs.Count > 0 && !char.IsWhiteSpace(left.Runs[^1].Text[^1]) && !char.IsWhiteSpace(right.Runs[0].Text[0]);

    /// <summary>The whole entry as plain text.</summary>
    public string ToPlainText() => RichTextRenderer.ToPlainText(Full);

    /// <inheritdoc />
    public override string ToString() => ToPlainText();
}
