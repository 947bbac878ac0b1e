using LitTracker.Claims;

namespace LitTracker.Analysis.Proposals;

/// <summary>A reviewer's change to a claim; null fields keep the stored value.</summary>
/// <param name="Text">New claim text.</param>
/// <param name="Category">New category key (must be in the taxonomy).</param>
/// <param name="Wording">New wording strength.</param>
public sealed record ClaimEdit(string? Text, string? Category, WordingStrength? Wording);
