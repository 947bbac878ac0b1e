using System.Collections.Concurrent;

namespace LitTracker.Reports.Csl;

/// <summary>
/// The styles shipped with LitTracker (official CSL files, CC BY-SA 3.0; see Styles/NOTICE.md)
/// and loading of a user's own .csl file.
/// </summary>
public static class CslStyles
{
    private static readonly ConcurrentDictionary<string, CslStyle> Loaded = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vancouver"] = "nlm-citation-sequence",
        ["nlm"] = "nlm-citation-sequence",
        ["nlm-citation-sequence"] = "nlm-citation-sequence",
        ["ama"] = "american-medical-association",
        ["american-medical-association"] = "american-medical-association",
        ["apa"] = "apa",
    };

    /// <summary>The names accepted for shipped styles: vancouver, nlm, ama, apa.</summary>
    public static IReadOnlyList<string> Names { get; } = ["vancouver", "nlm", "ama", "apa"];

    /// <summary>A shipped style by name or alias, or null.</summary>
    public static CslStyle? Shipped(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Aliases.TryGetValue(name.Trim(), out var file))
        {
            return null;
        }

        return Loaded.GetOrAdd(file, static f => CslStyle.Load(ShippedXml(f)!, f + ".csl", ResolveShipped));
    }

    /// <summary>
    /// A shipped style name, or a path to a .csl file (a dependent style's parent is looked up
    /// among the shipped styles).
    /// </summary>
    public static CslStyleResult Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (Shipped(nameOrPath) is { } style)
        {
            return new CslStyleResult(style, []);
        }

        if (!File.Exists(nameOrPath))
        {
            return new CslStyleResult(null, [new CslStyleIssue(nameOrPath, 0, 0,
                $"'{nameOrPath}' is neither a shipped style ({string.Join(", ", Names)}) nor a .csl file that exists. Check the name or the path.")]);
        }

        return CslStyle.Parse(File.ReadAllText(nameOrPath), nameOrPath, ResolveShipped);
    }

    /// <summary>The XML of a shipped parent style by its CSL id (http://www.zotero.org/styles/…), or null.</summary>
    public static string? ResolveShipped(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var name = id.TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return Aliases.TryGetValue(name, out var file) ? ShippedXml(file) : null;
    }

    private static string? ShippedXml(string file)
    {
        using var stream = typeof(CslStyles).Assembly.GetManifestResourceStream("csl/styles/" + file + ".csl");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
