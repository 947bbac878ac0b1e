using LitTracker.Articles;

namespace LitTracker.Analysis.Markers;

/// <summary>An in-text citation marker found in the plain text.</summary>
/// <param name="Kind">Numeric, superscript, author–year or identifier.</param>
/// <param name="Text">The marker as written.</param>
/// <param name="Start">Start in the plain text.</param>
/// <param name="End">End (exclusive) in the plain text.</param>
/// <param name="Numbers">Reference numbers it names ([1–3, 5] → 1,2,3,5); empty for other kinds.</param>
/// <param name="Identifier">DOI, PMID or URL for identifier markers; "Family Year" for author–year ones.</param>
public sealed record FoundMarker(MarkerKind Kind, string Text, int Start, int End, IReadOnlyList<int> Numbers, string? Identifier);
