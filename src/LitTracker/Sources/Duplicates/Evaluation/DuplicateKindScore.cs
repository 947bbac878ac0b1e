namespace LitTracker.Sources.Duplicates.Evaluation;

/// <summary>How the detector did on one variant kind of a labelled file.</summary>
/// <param name="Kind">The kind, as labelled.</param>
/// <param name="Duplicate">Whether pairs of this kind are labelled duplicates.</param>
/// <param name="Pairs">Pairs of this kind.</param>
/// <param name="Correct">Pairs the detector decided as labelled.</param>
public sealed record DuplicateKindScore(string Kind, bool Duplicate, int Pairs, int Correct);
