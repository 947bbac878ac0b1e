namespace LitTracker.Web.Pages;

/// <summary>What the citation form shows: the values typed (or of the citation being changed), errors per field, and a message.</summary>
public sealed record CitationFormState(
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, string[]> Errors,
    string? Message = null)
{
    /// <summary>An empty form.</summary>
    public static CitationFormState Empty { get; } = new(new Dictionary<string, string?>(StringComparer.Ordinal), new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>The value of a field, or empty.</summary>
    public string Value(string field) => Values.TryGetValue(field, out var v) ? v ?? string.Empty : string.Empty;
}
