namespace LitTracker.Reports.Csl;

/// <summary>
/// One name of a CSL name variable (author, editor…): a person with name parts, or an
/// institution given as <see cref="Literal"/>.
/// </summary>
/// <param name="Family">Family name, without particles when they are given separately.</param>
/// <param name="Given">Given names or initials.</param>
/// <param name="DroppingParticle">A particle dropped when only the family name is shown ("de" in Gaulle).</param>
/// <param name="NonDroppingParticle">A particle kept with the family name ("van" in van Gogh).</param>
/// <param name="Suffix">Generational or honorific suffix ("Jr.").</param>
/// <param name="Literal">The name as one string (institutions).</param>
public sealed record CslName(
    string? Family,
    string? Given = null,
    string? DroppingParticle = null,
    string? NonDroppingParticle = null,
    string? Suffix = null,
    string? Literal = null)
{
    /// <summary>True when a comma precedes the suffix ("Doe, Jr.").</summary>
    public bool CommaSuffix { get; init; }

    /// <summary>True to keep the given order even for Western names.</summary>
    public bool StaticOrdering { get; init; }

    /// <summary>True for an institution or other name shown as one string.</summary>
    public bool IsLiteral => Literal is not null;

}
