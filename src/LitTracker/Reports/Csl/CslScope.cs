namespace LitTracker.Reports.Csl;

/// <summary>Where an element's output began, and the formatting to restore when it ends.</summary>
internal readonly record struct CslScope(int Mark, int ContentStart, CslFormat Saved);
