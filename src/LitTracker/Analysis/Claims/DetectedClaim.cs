using LitTracker.Analysis.Sentences;
using LitTracker.Claims;

namespace LitTracker.Analysis.Claims;

/// <summary>A sentence the detector proposes as a claim.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Category">Category key ("other" when no category phrase matched).</param>
/// <param name="Wording">Wording strength.</param>
/// <param name="Absolute">Absolute or hype wording.</param>
/// <param name="VagueAttribution">Attributed to unnamed studies or experts (never a source).</param>
/// <param name="Confidence">0-1: how sure the detector is that this is a claim in this category.</param>
/// <param name="EvidenceStart">Start of the evidence span (the phrase that decided it) in the plain text.</param>
/// <param name="EvidenceEnd">End (exclusive) of the evidence span in the plain text.</param>
/// <param name="Why">The cues that made it a claim, for the reviewer.</param>
public sealed record DetectedClaim(
    Sentence Sentence,
    string Category,
    WordingStrength Wording,
    bool Absolute,
    bool VagueAttribution,
    double Confidence,
    int EvidenceStart,
    int EvidenceEnd,
    string Why);
