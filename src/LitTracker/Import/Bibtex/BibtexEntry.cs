namespace LitTracker.Import.Bibtex;

/// <summary>One field of an entry: its raw LaTeX value (macros expanded, '#' joined) and position.</summary>
internal sealed record BibtexField(string Name, string Value, int Line, int Column);

/// <summary>A syntactically complete entry, before LaTeX conversion and mapping.</summary>
internal sealed class BibtexEntry
{
    public BibtexEntry(string type, string? key, int line, int column)
    {
        Type = type;
        Key = key;
        Line = line;
        Column = column;
    }

    /// <summary>Entry type, lower-case (e.g. "article").</summary>
    public string Type { get; set; }

    public string? Key { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Fields by lower-case name; the first occurrence wins, as in BibTeX.</summary>
    public Dictionary<string, BibtexField> Fields { get; } = new(16, StringComparer.Ordinal);

    /// <summary>Problems found while reading that did not lose the entry.</summary>
    public List<ImportIssue> Issues { get; } = [];

    public string? Get(string name) => Fields.TryGetValue(name, out var f) ? f.Value : null;
}
