namespace LitTracker.Claims;

/// <summary>
/// A claim category from the taxonomy (data, not code: see <c>seed/taxonomy.json</c>).
/// Patient-oriented categories (pain, function, safety) need patient-oriented human evidence;
/// otherwise the claim is flagged indirect (SORT's POE/DOE distinction).
/// </summary>
public sealed class ClaimCategory
{
    /// <summary>Key used on claims, e.g. <c>pain_relief</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Label for people, e.g. "Pain relief".</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>True for outcomes patients feel (pain, function, harms, cost); false for disease markers.</summary>
    public bool PatientOriented { get; set; }
}
