namespace LitTracker.Reports.Csl;

/// <summary>Which layout is being rendered; sort keys render names inverted and dates as sortable keys.</summary>
internal enum CslRenderMode : byte
{
    Bibliography = 0,
    Citation,
    Sort,
}
