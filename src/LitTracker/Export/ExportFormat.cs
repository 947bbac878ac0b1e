namespace LitTracker.Export;

/// <summary>A bibliography format sources can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>Not chosen.</summary>
    Unspecified = 0,

    /// <summary>BibTeX (UTF-8, LaTeX-escaped, capitals protected with braces).</summary>
    Bibtex,

    /// <summary>RIS tagged records.</summary>
    Ris,

    /// <summary>A CSL-JSON array.</summary>
    CslJson,

    /// <summary>CSV with the header set the CSV import reads.</summary>
    Csv,
}
