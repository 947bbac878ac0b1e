namespace LitTracker.Reports.Csl;

/// <summary>One end of a CSL date: year, month (1–12, or 13–16 for spring…winter) and day; 0 means absent.</summary>
/// <param name="Year">Year; negative for BC, 0 when absent.</param>
/// <param name="Month">Month 1–12, season 13–16, or 0.</param>
/// <param name="Day">Day 1–31, or 0.</param>
public readonly record struct CslDateParts(int Year, int Month = 0, int Day = 0)
{
    /// <summary>True when no part is present.</summary>
    public bool IsEmpty => Year == 0 && Month == 0 && Day == 0;

    /// <summary>A sortable key: YYYYYMMDD with absent parts as zero.</summary>
    public string SortKey() => FormattableString.Invariant($"{Year + 50000:D5}{Math.Min(Month, 99):D2}{Day:D2}");
}
