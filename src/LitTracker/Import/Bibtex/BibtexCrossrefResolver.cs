namespace LitTracker.Import.Bibtex;

/// <summary>
/// BibTeX/BibLaTeX crossref inheritance. A child lacking a field takes the parent's; a parent's
/// title becomes the child's booktitle (book → in-book types) or journaltitle (periodical →
/// article). Cascades are followed; cycles and missing parents become warnings.
/// </summary>
/// <remarks>
/// Memory trade-off: a parent may come before or after its children, so children are held back
/// until the end of the file, and entries that can be parents are retained: entries of container
/// and in-book types (book, proceedings, collection, periodical, reference and their "mv"/"in"
/// forms) and any entry already named by a held-back child. Journal articles, web pages and the
/// like — nearly all of a reference-manager export — are never retained, so memory stays flat
/// for them; a file of N books costs O(N) raw field text.
/// </remarks>
internal sealed class BibtexCrossrefResolver
{
    private const int MaxDepth = 32;

    private static readonly HashSet<string> ParentTypes = new(StringComparer.Ordinal)
    {
        "book", "mvbook", "proceedings", "mvproceedings", "collection", "mvcollection", "reference",
        "mvreference", "periodical", "journal", "inbook", "incollection", "inproceedings", "bookinbook",
    };

    private static readonly HashSet<string> NotInherited = new(StringComparer.Ordinal)
    {
        "crossref", "xref", "ids", "entryset", "label", "shorthand", "sortkey", "keywords",
    };

    private readonly Dictionary<string, BibtexEntry> _retained = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _wanted = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibtexEntry> _children = [];
    private readonly string _file;

    public BibtexCrossrefResolver(string file) => _file = file;

    /// <summary>Records the entry; returns false when it must wait for <see cref="ResolveHeldBack"/>.</summary>
    public bool Offer(BibtexEntry entry)
    {
        if (entry.Key is not null && (ParentTypes.Contains(entry.Type) || _wanted.Contains(entry.Key) || entry.Get("crossref") is not null))
        {
            _retained.TryAdd(entry.Key, entry);
            foreach (var alias in (entry.Get("ids") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                _retained.TryAdd(alias, entry);
            }
        }

        if (entry.Get("crossref") is not { } parent)
        {
            return true;
        }

        _wanted.Add(parent.Trim());
        _children.Add(entry);
        return false;
    }

    public IEnumerable<BibtexEntry> ResolveHeldBack()
    {
        foreach (var child in _children)
        {
            yield return Resolve(child, [child.Key ?? string.Empty], child);
        }
    }

    private BibtexEntry Resolve(BibtexEntry entry, List<string> chain, BibtexEntry reportOn)
    {
        if (entry.Get("crossref") is not { } parentKey)
        {
            return entry;
        }

        parentKey = parentKey.Trim();
        var line = reportOn.Fields.TryGetValue("crossref", out var own) ? own.Line : reportOn.Line;
        if (chain.Contains(parentKey, StringComparer.OrdinalIgnoreCase) || chain.Count > MaxDepth)
        {
            Warn(reportOn, line, $"crossref cycle {string.Join(" → ", chain)} → {parentKey}; fields were inherited only up to the cycle. Remove one of the crossref fields.");
            return entry;
        }

        if (!_retained.TryGetValue(parentKey, out var parent))
        {
            Warn(reportOn, line, $"crossref '{parentKey}' is not an entry in this file; nothing was inherited. Add that entry to the file or remove the crossref field.");
            return entry;
        }

        parent = Resolve(parent, [.. chain, parentKey], reportOn);
        var merged = new BibtexEntry(entry.Type, entry.Key, entry.Line, entry.Column);
        foreach (var (name, field) in entry.Fields)
        {
            merged.Fields[name] = field;
        }

        foreach (var (name, field) in parent.Fields)
        {
            if (NotInherited.Contains(name))
            {
                continue;
            }

            var target = name == "title" ? TitleTarget(entry.Type, parent.Type) : name;
            merged.Fields.TryAdd(target, field with { Name = target });
        }

        merged.Issues.AddRange(entry.Issues);
        return merged;
    }

    private static string TitleTarget(string childType, string parentType) => parentType switch
    {
        "periodical" or "journal" => "journaltitle",
        _ when childType is "inbook" or "incollection" or "inproceedings" or "conference" or "inreference" or "bookinbook" => "booktitle",
        _ => "title",
    };

    private void Warn(BibtexEntry entry, int line, string message)
    {
        if (!entry.Issues.Any(i => i.Message == message))
        {
            entry.Issues.Add(new ImportIssue(_file, line, null, entry.Key, ImportSeverity.Warning, message));
        }
    }
}
