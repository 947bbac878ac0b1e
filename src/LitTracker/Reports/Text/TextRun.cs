namespace LitTracker.Reports.Text;

/// <summary>
/// One run of formatted text. Text is always raw (unescaped); renderers escape it for their medium.
/// </summary>
/// <param name="Text">The raw text.</param>
/// <param name="Italic">Rendered in italics where the medium allows.</param>
/// <param name="LinkTarget">An absolute http(s) URL the run links to, or null. Other schemes are never linked.</param>
/// <param name="Format">Bold, small caps, superscript, subscript or underline, where the medium allows.</param>
public sealed record TextRun(string Text, bool Italic = false, string? LinkTarget = null, TextFormat Format = TextFormat.None)
{
    /// <summary>A plain run.</summary>
    public static TextRun Plain(string text) => new(text);

    /// <summary>A run linking to <paramref name="target"/>.</summary>
    public static TextRun Link(string text, string target) => new(text, LinkTarget: target);

    /// <summary>True when the run has no formatting and no link.</summary>
    public bool IsPlain => !Italic && LinkTarget is null && Format == TextFormat.None;
}
