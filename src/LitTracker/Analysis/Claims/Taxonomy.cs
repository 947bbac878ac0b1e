using System.Text.Json;
using System.Text.RegularExpressions;
using LitTracker.Analysis.Wording;

namespace LitTracker.Analysis.Claims;

/// <summary>
/// The claim categories of <c>seed/taxonomy.json</c> (embedded in the library) as matchers: each
/// category's literal synonyms and regular-expression patterns, matched case-insensitively on word
/// boundaries. The earliest match in a sentence decides its category (a sentence usually names
/// its outcome before its mechanism: "relieves pain by lowering cytokines").
/// </summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> Embedded = new(() => LoadEmbedded(false));
    private static readonly Lazy<Taxonomy> EmbeddedCompiled = new(() => LoadEmbedded(true));

    private readonly CueScanner[] scanners;

    private Taxonomy(IReadOnlyList<TaxonomyCategoryRule> categories, CueScanner[] scanners)
    {
        Categories = categories;
        this.scanners = scanners;
    }

    /// <summary>The taxonomy shipped in the library.</summary>
    public static Taxonomy Default => Embedded.Value;

    /// <summary>The same, as compiled expressions (for large texts).</summary>
    public static Taxonomy DefaultCompiled => EmbeddedCompiled.Value;

    /// <summary>Categories in file order.</summary>
    public IReadOnlyList<TaxonomyCategoryRule> Categories { get; }

    /// <summary>Reads a taxonomy in the <c>seed/taxonomy.json</c> shape; throws <see cref="InvalidDataException"/> on a bad file.</summary>
    public static Taxonomy Load(Stream json, bool compiled = false)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var rules = new List<TaxonomyCategoryRule>();
        var scanners = new List<CueScanner>();
        foreach (var c in doc.RootElement.GetProperty("categories").EnumerateArray())
        {
            var key = c.GetProperty("key").GetString() ?? throw new InvalidDataException("taxonomy.json: a category has no key.");
            var phrases = List(c, "synonyms").Select(Regex.Escape).Concat(List(c, "patterns")).ToList();
            try
            {
                var scanner = new CueScanner(phrases, compiled);
                rules.Add(new TaxonomyCategoryRule(
                    key,
                    c.TryGetProperty("label", out var label) ? label.GetString() ?? key : key,
                    c.TryGetProperty("patientOriented", out var po) && po.ValueKind == JsonValueKind.True,
                    scanner.Plain));
                scanners.Add(scanner);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"taxonomy.json category '{key}' has a bad pattern: {ex.Message}", ex);
            }
        }

        return new Taxonomy(rules, [.. scanners]);
    }

    private static Taxonomy LoadEmbedded(bool compiled)
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream("seed/taxonomy.json")
            ?? throw new InvalidOperationException("seed/taxonomy.json is not embedded; rebuild the library.");
        return Load(stream, compiled);
    }

    /// <summary>The category whose phrase occurs earliest in <paramref name="sentence"/>, with the span; null when none does.</summary>
    public (TaxonomyCategoryRule Category, int Start, int End)? Match(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        (TaxonomyCategoryRule, int, int)? best = null;
        for (var i = 0; i < Categories.Count; i++)
        {
            var rule = Categories[i];
            var m = scanners[i].Matches(sentence).FirstOrDefault();
            if (m is not null && (best is null || m.Index < best.Value.Item2))
            {
                best = (rule, m.Index, m.Index + m.Length);
            }
        }

        return best;
    }

    private static IEnumerable<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0)
            : [];
}
