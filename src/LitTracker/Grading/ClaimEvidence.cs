using LitTracker.Claims;

namespace LitTracker.Grading;

/// <summary>Everything the verdict rules read about one claim.</summary>
/// <param name="Wording">Causal-language strength.</param>
/// <param name="Absolute">Absolute or hype wording.</param>
/// <param name="PatientOriented">The claim's category is patient-oriented.</param>
/// <param name="Citations">Its citations.</param>
/// <param name="LinkedReferences">Printed references the article ties to the claim.</param>
/// <param name="UnresolvedReferences">How many of those nobody could identify.</param>
/// <param name="VagueAttribution">The claim leans on unnamed authorities.</param>
public sealed record ClaimEvidence(
    WordingStrength Wording,
    bool Absolute,
    bool PatientOriented,
    IReadOnlyList<EvidenceItem> Citations,
    int LinkedReferences = 0,
    int UnresolvedReferences = 0,
    bool VagueAttribution = false);
