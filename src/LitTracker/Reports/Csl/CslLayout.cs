namespace LitTracker.Reports.Csl;

/// <summary>A compiled citation or bibliography: its layout, sort keys and options.</summary>
internal sealed class CslLayout(CslNode[] children, CslAffixes affixes, string delimiter, CslSortKey[] sort, IReadOnlyDictionary<string, string> options)
{
    public CslNode[] Children { get; } = children;

    public CslAffixes Affixes { get; } = affixes;

    public string Delimiter { get; } = delimiter;

    public CslSortKey[] Sort { get; } = sort;

    public string? Option(string name) => options.GetValueOrDefault(name);
}
