namespace LitTracker.Reports.Csl;

/// <summary>One cite inside a citation: the item, and optionally a pinpoint locator.</summary>
/// <param name="ItemId">The <see cref="CslItem.Id"/> cited.</param>
/// <param name="Locator">Pinpoint, e.g. "12-14".</param>
/// <param name="Label">Locator type (<c>page</c>, <c>chapter</c>…); page when null.</param>
public sealed record CslCite(string ItemId, string? Locator = null, string? Label = null)
{
    /// <summary>Text before the cite.</summary>
    public string? Prefix { get; init; }

    /// <summary>Text after the cite.</summary>
    public string? Suffix { get; init; }
}
