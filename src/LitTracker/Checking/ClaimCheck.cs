using LitTracker.Claims;
using LitTracker.Grading;

namespace LitTracker.Checking;

/// <summary>One claim with its computed assessment and its citations.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Key">Claim key.</param>
/// <param name="Text">Claim text.</param>
/// <param name="Locator">Where it sits in the article.</param>
/// <param name="Category">Category key.</param>
/// <param name="CategoryLabel">Category label.</param>
/// <param name="Wording">Wording strength.</param>
/// <param name="Absolute">Absolute or hype wording.</param>
/// <param name="Assessment">Verdict, flags, best grade, SORT.</param>
/// <param name="Citations">Citations, supporting first, then by grade.</param>
public sealed record ClaimCheck(
    int Id,
    string Key,
    string Text,
    string? Locator,
    string Category,
    string CategoryLabel,
    WordingStrength Wording,
    bool Absolute,
    ClaimAssessment Assessment,
    IReadOnlyList<CitationView> Citations);
