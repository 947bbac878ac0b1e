namespace LitTracker.Metadata;

/// <summary>The values of <see cref="Sources.Notice.Origin"/> that metadata mapping writes.</summary>
public static class NoticeOrigins
{
    /// <summary>Crossref <c>updated-by</c> / <c>update-to</c>.</summary>
    public const string Crossref = "crossref";

    /// <summary>PubMed publication types and comments/corrections links.</summary>
    public const string PubMed = "pubmed";

    /// <summary>The Retraction Watch database export.</summary>
    public const string RetractionWatch = "retraction-watch";
}
