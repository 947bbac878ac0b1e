namespace LitTracker.Citations;

/// <summary>The outcome of a cite request.</summary>
/// <param name="Citation">The citation as stored now.</param>
/// <param name="Kind">Created, Changed, or Unspecified when nothing changed.</param>
/// <param name="SuggestedGrade">The starting grade the source's design suggests.</param>
public sealed record CitationResult(Citation Citation, ChangeKind Kind, Grading.Certainty SuggestedGrade);
