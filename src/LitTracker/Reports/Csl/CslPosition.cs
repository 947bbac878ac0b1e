namespace LitTracker.Reports.Csl;

/// <summary>Position of a cite relative to earlier cites of the same item.</summary>
internal enum CslPosition : byte
{
    First = 0,
    Subsequent,
    Ibid,
    IbidWithLocator,
}
