namespace LitTracker.Reports.Csl;

/// <summary>
/// One item to cite, as CSL variables: ordinary (string) variables, name variables and date
/// variables, keyed by their CSL names (<c>title</c>, <c>author</c>, <c>issued</c>…).
/// </summary>
public sealed class CslItem
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<CslName>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CslDate> dates = new(StringComparer.Ordinal);

    // Every variable set, of any kind: `choose variable=…` is the hottest lookup of a render and
    // would otherwise miss in three dictionaries.
    private readonly HashSet<string> all = new(StringComparer.Ordinal);

    /// <summary>Creates an item.</summary>
    /// <param name="id">Identifier, unique within one bibliography.</param>
    /// <param name="type">CSL item type (<c>article-journal</c>, <c>book</c>…).</param>
    public CslItem(string id, string type)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(type);
        Id = id;
        Type = type;
    }

    /// <summary>Identifier, unique within one bibliography.</summary>
    public string Id { get; }

    /// <summary>CSL item type.</summary>
    public string Type { get; }

    /// <summary>Names of the ordinary variables set.</summary>
    public IEnumerable<string> VariableNames => strings.Keys;

    /// <summary>Sets an ordinary variable; null or blank removes it.</summary>
    public CslItem Set(string variable, string? value)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            strings.Remove(variable);
        }
        else
        {
            strings[variable] = value.Trim();
        }

        Track(variable);

        return this;
    }

    /// <summary>Sets a name variable; an empty list removes it.</summary>
    public CslItem SetNames(string variable, IReadOnlyList<CslName>? value)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (value is null || value.Count == 0)
        {
            names.Remove(variable);
        }
        else
        {
            names[variable] = value;
        }

        Track(variable);

        return this;
    }

    /// <summary>Sets a date variable; null or an empty date removes it.</summary>
    public CslItem SetDate(string variable, CslDate? value)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (value is null || value.IsEmpty)
        {
            dates.Remove(variable);
        }
        else
        {
            dates[variable] = value;
        }

        Track(variable);

        return this;
    }

    /// <summary>An ordinary variable, or null.</summary>
    public string? Get(string variable) => strings.GetValueOrDefault(variable);

    /// <summary>A name variable, or null.</summary>
    public IReadOnlyList<CslName>? GetNames(string variable) => names.GetValueOrDefault(variable);

    /// <summary>A date variable, or null.</summary>
    public CslDate? GetDate(string variable) => dates.GetValueOrDefault(variable);

    /// <summary>True when the variable (of any kind) has a value.</summary>
    public bool Has(string variable) => all.Contains(variable);

    private void Track(string variable)
    {
        if (strings.ContainsKey(variable) || names.ContainsKey(variable) || dates.ContainsKey(variable))
        {
            all.Add(variable);
        }
        else
        {
            all.Remove(variable);
        }
    }
}
