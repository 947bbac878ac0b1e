namespace LitTracker.Reports.Csl;

/// <summary>A <c>&lt;label&gt;</c> inside <c>&lt;names&gt;</c>, before or after the names.</summary>
internal sealed record CslLabelSpec(CslTermForm Form, string Plural, CslAffixes Affixes, bool Before);
