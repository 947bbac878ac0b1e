using LitTracker.Analysis.Claims;
using LitTracker.Analysis.Markers;
using LitTracker.Analysis.References;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;

namespace LitTracker.Analysis.Proposals;

/// <summary>What the analyser found in one article body. Offsets are plain-text offsets; map them with <see cref="Text"/>.</summary>
/// <param name="Text">The plain text and its map to the original.</param>
/// <param name="Sentences">Sentences of the body (the reference list excluded).</param>
/// <param name="Claims">Proposed claims.</param>
/// <param name="Markers">In-text citation markers with the sentence that carries each.</param>
/// <param name="References">The printed reference list.</param>
public sealed record ArticleAnalysis(
    PlainText Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<DetectedClaim> Claims,
    IReadOnlyList<(FoundMarker Marker, Sentence Sentence, IReadOnlyList<int> References)> Markers,
    IReadOnlyList<ReferenceLine> References)
{
    /// <summary>Claims flagged as vague attributions.</summary>
    public IEnumerable<DetectedClaim> VagueAttributions => Claims.Where(c => c.VagueAttribution);
}
