namespace LitTracker.Reports.Check;

/// <summary>File formats of the check report (the terminal table is the CLI's own).</summary>
public enum CheckReportFormat
{
    /// <summary>Not chosen.</summary>
    Unspecified = 0,

    /// <summary>JSON: <c>{"articles":[{…,"claims":[…]}]}</c>.</summary>
    Json,

    /// <summary>CSV, one row per claim.</summary>
    Csv,

    /// <summary>Markdown, one table per article.</summary>
    Md,
}
