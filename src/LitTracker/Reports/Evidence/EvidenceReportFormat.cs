namespace LitTracker.Reports.Evidence;

/// <summary>File formats of the evidence table.</summary>
public enum EvidenceReportFormat
{
    /// <summary>Not chosen.</summary>
    Unspecified = 0,

    /// <summary>Markdown: per claim a summary and a table of its citations.</summary>
    Md,

    /// <summary>A standalone HTML page, supporting and contradicting sources side by side, with a sign-off block.</summary>
    Html,

    /// <summary>CSV, one row per citation (claims without citations get one row).</summary>
    Csv,

    /// <summary>Structured JSON.</summary>
    Json,
}
