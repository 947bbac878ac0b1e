namespace LitTracker.Reports.Text;

/// <summary>
/// Builds a <see cref="RichText"/> while tracking its end, so callers can close a part with a
/// period without doubling one ("et al." + "." stays "et al.").
/// </summary>
public sealed class RichTextBuilder
{
    private readonly List<TextRun> runs = [];

    /// <summary>True when nothing has been appended yet.</summary>
    public bool IsEmpty => runs.Count == 0;

    /// <summary>Appends plain text; empty text is ignored.</summary>
    public RichTextBuilder Append(string text) => Append(TextRun.Plain(text));

    /// <summary>Appends a run; runs with empty text are ignored.</summary>
    public RichTextBuilder Append(TextRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Text.Length == 0)
        {
            return this;
        }

        if (runs.Count > 0 && runs[^1] is { IsPlain: true } last && run.IsPlain)
        {
            runs[^1] = TextRun.Plain(last.Text + run.Text);
        }
        else
        {
            runs.Add(run);
        }

        return this;
    }

    /// <summary>
    /// Appends <paramref name="terminator"/> (e.g. ".") unless the text already ends in a period,
    /// question mark or exclamation mark.
    /// </summary>
    public RichTextBuilder Terminate(string terminator = ".")
    {
        if (runs.Count == 0)
        {
            return this;
        }

        var end = runs[^1].Text[^1];
        return end is '.' or '?' or '!' ? this : Append(terminator);
    }

    /// <summary>The text built so far.</summary>
    public RichText Build() => new(runs.ToArray());
}
