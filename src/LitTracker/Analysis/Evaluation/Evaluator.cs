using LitTracker.Analysis.Markers;
using LitTracker.Analysis.Text;
using LitTracker.Analysis.Wording;

namespace LitTracker.Analysis.Evaluation;

/// <summary>
/// Reruns the published evaluations: wording strength against a <c>sentence,label</c> file (0 none,
/// 1 direct causal, 2 conditional causal, 3 correlational; Yu et al. 2019) and citation-marker
/// detection against a <c>sentence,citation_mentioned</c> file (0/1; Li, Wang and Yu 2021).
/// </summary>
public static class Evaluator
{
    private static readonly (string, string)[] WordingClasses = [("0", "no relationship"), ("1", "direct causal"), ("2", "conditional causal"), ("3", "correlational")];
    private static readonly (string, string)[] CitationClasses = [("0", "no citation"), ("1", "citation")];

    /// <summary>Scores the wording classifier on <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV.</param>
    /// <param name="file">Its name, for issues.</param>
    /// <param name="half">'a' or 'b' to score only that half (see <see cref="Half"/>), null for all rows.</param>
    /// <param name="classifier">The classifier (default: the embedded lexicon).</param>
    public static EvaluationReport Wording(TextReader reader, string file, char? half = null, WordingClassifier? classifier = null)
    {
        var c = classifier ?? WordingClassifier.Default;
        var (rows, issues) = LabelledRows.Read(reader, file, "sentence", "label", new HashSet<string>(StringComparer.Ordinal) { "0", "1", "2", "3" });
        rows = [.. rows.Where(r => half is null || Half(r.Text) == half)];
        var pairs = rows.Select(r => (r.Label, c.Classify(r.Text).Label.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return EvaluationReport.Score(pairs, WordingClasses, issues);
    }

    /// <summary>Scores citation-marker detection on <paramref name="reader"/>: a sentence cites when any marker is found in it.</summary>
    /// <param name="reader">The CSV.</param>
    /// <param name="file">Its name, for issues.</param>
    /// <param name="half">'a' or 'b' to score only that half, null for all rows.</param>
    public static EvaluationReport Citations(TextReader reader, string file, char? half = null)
    {
        var (rows, issues) = LabelledRows.Read(reader, file, "sentence", "citation_mentioned", new HashSet<string>(StringComparer.Ordinal) { "0", "1" });
        rows = [.. rows.Where(r => half is null || Half(r.Text) == half)];
        var pairs = rows.Select(r => (r.Label, HasMarker(r.Text) ? "1" : "0")).ToList();
        return EvaluationReport.Score(pairs, CitationClasses, issues);
    }

    /// <summary>
    /// The fixed half a row belongs to: 'a' when the first byte of the SHA-256 of its UTF-8 sentence
    /// is even, else 'b'. The cue lists were tuned looking at half 'a' only; half 'b' is the held-out check.
    /// </summary>
    public static char Half(string sentence) =>
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sentence))[0] % 2 == 0 ? 'a' : 'b';

    /// <summary>True when <paramref name="sentence"/> carries a citation marker.</summary>
    public static bool HasMarker(string sentence)
    {
        var text = PlainTextReader.Read(sentence);
        return MarkerFinder.Find(text, 0, text.Text.Length).Count > 0;
    }
}
