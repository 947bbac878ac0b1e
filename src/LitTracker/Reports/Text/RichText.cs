namespace LitTracker.Reports.Text;

/// <summary>
/// A short piece of formatted text (a bibliography entry) as runs, rendered to plain text,
/// Markdown or HTML by <see cref="RichTextRenderer"/>.
/// </summary>
/// <param name="Runs">The runs in order.</param>
public sealed record RichText(IReadOnlyList<TextRun> Runs)
{
    /// <summary>The text without formatting.</summary>
    public string ToPlainText() => RichTextRenderer.ToPlainText(this);

    /// <inheritdoc />
    public override string ToString() => ToPlainText();
}
