namespace LitTracker.Reports.Csl;

/// <summary>A compiled <c>&lt;date-part&gt;</c>.</summary>
internal sealed record CslDatePart(string Name, string? Form, CslAffixes Affixes, string RangeDelimiter);
