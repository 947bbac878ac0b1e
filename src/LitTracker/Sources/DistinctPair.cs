namespace LitTracker.Sources;

/// <summary>Two sources a person declared different works: never proposed as duplicates again.</summary>
public sealed class DistinctPair
{
    /// <summary>The smaller source id of the pair.</summary>
    public int LowSourceId { get; set; }

    /// <summary>The larger source id of the pair.</summary>
    public int HighSourceId { get; set; }

    /// <summary>Who decided.</summary>
    public string By { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTime At { get; set; }
}
