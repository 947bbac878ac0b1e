namespace LitTracker.Sources.Duplicates.Evaluation;

/// <summary>One pair the detector got wrong.</summary>
/// <param name="Line">Line of the pair in the labelled file.</param>
/// <param name="Kind">The pair's variant kind, as labelled.</param>
/// <param name="Duplicate">The label: true for a missed duplicate, false for a false match.</param>
/// <param name="TitleA">Title of the record already in the library.</param>
/// <param name="TitleB">Title of the incoming record.</param>
/// <param name="Why">The labeller's reason, as written in the file.</param>
/// <param name="Match">For a false match, what the detector matched on; null for a miss.</param>
public sealed record DuplicateEvaluationError(int Line, string Kind, bool Duplicate, string TitleA, string TitleB, string? Why, DuplicateMatch? Match);
