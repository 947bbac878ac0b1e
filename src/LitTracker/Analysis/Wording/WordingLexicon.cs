using System.Text.Json;
using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// The cue lists of <c>seed/wording.json</c> (embedded in the library), each compiled into one
/// case-insensitive alternation matched on word boundaries. Data, not code: edit the file to tune.
/// </summary>
public sealed class WordingLexicon
{
    private static readonly Lazy<WordingLexicon> Embedded = new(() => LoadEmbedded(false));
    private static readonly Lazy<WordingLexicon> EmbeddedCompiled = new(() => LoadEmbedded(true));

    private WordingLexicon(Dictionary<CueKind, CueScanner> scanners, Regex causalAfterTo)
    {
        Scanners = scanners;
        Lists = scanners.ToDictionary(s => s.Key, s => s.Value.Plain);
        CausalAfterTo = causalAfterTo;
    }

    /// <summary>The lexicon shipped in the library (interpreted expressions: fast to start).</summary>
    public static WordingLexicon Default => Embedded.Value;

    /// <summary>The same lexicon as compiled expressions: about a second to build, several times faster on large texts.</summary>
    public static WordingLexicon DefaultCompiled => EmbeddedCompiled.Value;

    /// <summary>One compiled alternation per cue kind.</summary>
    public IReadOnlyDictionary<CueKind, Regex> Lists { get; }

    /// <summary>Per list, the scanner that jumps between literal heads before trying the alternation.</summary>
    internal IReadOnlyDictionary<CueKind, CueScanner> Scanners { get; }

    /// <summary>Words after which "to &lt;causal verb&gt;" is still a claim ("shown to reduce"); matched against a whole word.</summary>
    public Regex CausalAfterTo { get; }

    private static WordingLexicon LoadEmbedded(bool compiled)
    {
        using var stream = typeof(WordingLexicon).Assembly.GetManifestResourceStream("seed/wording.json")
            ?? throw new InvalidOperationException("seed/wording.json is not embedded; rebuild the library.");
        return Load(stream, compiled);
    }

    /// <summary>Reads a lexicon in the <c>seed/wording.json</c> shape; throws <see cref="InvalidDataException"/> on a bad file.</summary>
    public static WordingLexicon Load(Stream json, bool compiled = false)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var names = new (CueKind Kind, string Name)[]
        {
            (CueKind.Correlational, "correlational"),
            (CueKind.Causal, "directCausal"),
            (CueKind.Hedge, "hedges"),
            (CueKind.Booster, "boosters"),
            (CueKind.Absolute, "absolutes"),
            (CueKind.VagueAttribution, "vagueAttributions"),
            (CueKind.NonClaim, "nonClaims"),
            (CueKind.Subject, "subjects"),
            (CueKind.Study, "studyVerbs"),
        };
        var scanners = names.ToDictionary(n => n.Kind, n => Compile(root, compiled, n.Name));
        // Whole-word patterns ("appears?"), so "appears to influence" counts as a claim.
        var after = new Regex("^(?:" + string.Join('|', Strings(root, "causalAfterTo").Select(p => "(?:" + p + ")")) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
        return new WordingLexicon(scanners, after);
    }

    /// <summary>Compiles phrases into one alternation on word boundaries (hyphenated words count as one).</summary>
    internal static Regex Alternation(IEnumerable<string> patterns, bool compiled, bool anchored = false)
    {
        var list = patterns.ToList();
        var body = list.Count == 0 ? "(?!)" : string.Join('|', list.Select(p => "(?:" + p + ")"));
        // Interpreted by default: compiling and JIT-ing these large alternations costs about a second
        // at start-up, more than analysing a whole article; compiled pays off on large texts.
        // No match timeout: every shipped pattern uses bounded repetition.
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None);
        // Anchored (\G): matches only where Match(text, start) starts, for CueScanner's head jumps.
        return new Regex((anchored ? @"\G" : string.Empty) + @"\b(?:" + body + @")(?!\w)", options, Regex.InfiniteMatchTimeout);
    }

    private static CueScanner Compile(JsonElement root, bool compiled, string name)
    {
        try
        {
            return new CueScanner(Strings(root, name), compiled);
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
