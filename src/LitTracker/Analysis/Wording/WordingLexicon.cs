using System.Text.Json;
using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// The cue lists of <c>seed/wording.json</c> (embedded in the library), each compiled into one
/// case-insensitive alternation matched on word boundaries. Data, not code: edit the file to tune.
/// </summary>
public sealed class WordingLexicon
{
    private static readonly Lazy<WordingLexicon> Embedded = new(() =>
    {
        using var stream = typeof(WordingLexicon).Assembly.GetManifestResourceStream("seed/wording.json")
            ?? throw new InvalidOperationException("seed/wording.json is not embedded; rebuild the library.");
        return Load(stream);
    });

    private WordingLexicon(Dictionary<CueKind, Regex> lists, HashSet<string> causalAfterTo)
    {
        Lists = lists;
        CausalAfterTo = causalAfterTo;
    }

    /// <summary>The lexicon shipped in the library.</summary>
    public static WordingLexicon Default => Embedded.Value;

    /// <summary>One compiled alternation per cue kind.</summary>
    public IReadOnlyDictionary<CueKind, Regex> Lists { get; }

    /// <summary>Words after which "to &lt;causal verb&gt;" is still a claim ("shown to reduce").</summary>
    public IReadOnlySet<string> CausalAfterTo { get; }

    /// <summary>Reads a lexicon in the <c>seed/wording.json</c> shape; throws <see cref="InvalidDataException"/> on a bad file.</summary>
    public static WordingLexicon Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var lists = new Dictionary<CueKind, Regex>
        {
            [CueKind.Correlational] = Compile(root, "correlational"),
            [CueKind.Causal] = Compile(root, "directCausal"),
            [CueKind.Hedge] = Compile(root, "hedges"),
            [CueKind.Booster] = Compile(root, "boosters"),
            [CueKind.Absolute] = Compile(root, "absolutes"),
            [CueKind.VagueAttribution] = Compile(root, "vagueAttributions"),
            [CueKind.NonClaim] = Compile(root, "nonClaims"),
            [CueKind.Subject] = Compile(root, "subjects"),
        };
        var after = new HashSet<string>(Strings(root, "causalAfterTo"), StringComparer.OrdinalIgnoreCase);
        return new WordingLexicon(lists, after);
    }

    /// <summary>Compiles phrases into one alternation on word boundaries (hyphenated words count as one).</summary>
    internal static Regex Alternation(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        var body = list.Count == 0 ? "(?!)" : string.Join('|', list.Select(p => "(?:" + p + ")"));
        // Interpreted, not Compiled: compiling and JIT-ing these large alternations costs seconds at
        // start-up, more than analysing a whole article. No match timeout: every shipped pattern uses
        // bounded repetition.
        return new Regex(@"(?<![\w-])(?:" + body + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
    }

    private static Regex Compile(JsonElement root, string name)
    {
        try
        {
            return Alternation(Strings(root, name));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"wording.json list '{name}' has a bad pattern: {ex.Message}", ex);
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];
}
