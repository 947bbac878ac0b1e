using LitTracker.Analysis.Claims;
using LitTracker.Analysis.Markers;
using LitTracker.Analysis.References;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;
using LitTracker.Articles;

namespace LitTracker.Analysis.Proposals;

/// <summary>
/// Analyses an article body without touching the database: text → sentences → claims, markers,
/// reference list; each marker is tied to its sentence and to reference positions (numbers by the
/// printed label or position, author–year by first author and year, identifiers by DOI/PMID/URL).
/// </summary>
public sealed class ArticleAnalyser(ClaimDetector? detector = null)
{
    /// <summary>Bodies at least this long are analysed with compiled expressions (their ~1 s build pays off).</summary>
    public const int CompiledFrom = 200_000;

    /// <summary>An analyser over the embedded taxonomy and lexicon (interpreted for articles, compiled from <see cref="CompiledFrom"/> characters).</summary>
    public static ArticleAnalyser Default { get; } = new();

    /// <summary>Analyses <paramref name="body"/> in <paramref name="format"/> (see <see cref="BodyFormats"/>).</summary>
    public ArticleAnalysis Analyse(string body, string? format)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = BodyFormats.Read(body, format);
        var (references, firstListBlock) = ReferenceListFinder.Find(text, body);
        var sentences = SentenceSplitter.Split(text).Where(s => s.Block < firstListBlock).ToList();
        var claims = (detector ?? (body.Length >= CompiledFrom ? ClaimDetector.DefaultCompiled : ClaimDetector.Default)).Detect(sentences);
        var markers = new List<(FoundMarker, Sentence, IReadOnlyList<int>)>();
        foreach (var sentence in sentences.Where(s => s.Kind != BlockKind.Heading))
        {
            foreach (var marker in MarkerFinder.Find(text, sentence.Start, sentence.End))
            {
                markers.Add((marker, sentence, Targets(marker, references)));
            }
        }

        return new ArticleAnalysis(text, sentences, claims, markers, references);
    }

    private static List<int> Targets(FoundMarker marker, IReadOnlyList<ReferenceLine> references)
    {
        switch (marker.Kind)
        {
            case MarkerKind.Numeric or MarkerKind.Superscript:
                var byLabel = references.Where(r => r.Fields.Label is not null).ToDictionary(r => r.Fields.Label!.Value, r => r.Position);
                return [.. marker.Numbers.Select(n => byLabel.TryGetValue(n, out var p) ? p : n).Where(p => p >= 1 && p <= references.Count).Distinct()];
            case MarkerKind.AuthorYear when marker.Identifier is { } id:
                var parts = id.Split(' ');
                return [.. references.Where(r => string.Equals(r.Fields.FirstAuthor, parts[0], StringComparison.OrdinalIgnoreCase) && r.Fields.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) == parts[^1]).Select(r => r.Position)];
            case MarkerKind.Identifier when marker.Identifier is { } id:
                return [.. references.Where(r => Same(r.Fields, id)).Select(r => r.Position)];
            default:
                return [];
        }
    }

    private static bool Same(ReferenceFields f, string id) =>
        (f.Doi is not null && id.Contains(f.Doi, StringComparison.OrdinalIgnoreCase))
        || (f.Pmid is not null && string.Equals(id, "pmid:" + f.Pmid, StringComparison.Ordinal))
        || (f.Url is not null && string.Equals(id, f.Url, StringComparison.Ordinal));
}
