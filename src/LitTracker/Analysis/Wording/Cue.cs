namespace LitTracker.Analysis.Wording;

/// <summary>A cue found in a sentence, at [<paramref name="Start"/>, <paramref name="End"/>) of the sentence.</summary>
/// <param name="Kind">Which list it came from.</param>
/// <param name="Start">Start in the sentence.</param>
/// <param name="End">End (exclusive) in the sentence.</param>
/// <param name="Text">The words matched.</param>
public readonly record struct Cue(CueKind Kind, int Start, int End, string Text);
