namespace LitTracker.Analysis.Text;

/// <summary>
/// Markup that carries citation meaning but no visible text of its own: a hyperlink (its target)
/// or a superscript (e.g. <c>&lt;sup&gt;3&lt;/sup&gt;</c>), over [<paramref name="Start"/>, <paramref name="End"/>) of the plain text.
/// </summary>
/// <param name="Start">First character in the plain text.</param>
/// <param name="End">End (exclusive) in the plain text.</param>
/// <param name="Target">The link's URL, or null for a superscript.</param>
public sealed record TextLink(int Start, int End, string? Target)
{
    /// <summary>True for a superscript span.</summary>
    public bool IsSuperscript => Target is null;
}
