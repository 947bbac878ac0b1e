namespace LitTracker.Metadata.Cache;

/// <summary>The <see cref="CachedResponse.Service"/> names: which registry call a cached body answers.</summary>
public static class CacheServices
{
    /// <summary>Crossref <c>/works/{doi}</c>, keyed by DOI.</summary>
    public const string Crossref = "crossref";

    /// <summary>PubMed efetch of one record, keyed by PMID.</summary>
    public const string PubMed = "pubmed";

    /// <summary>PubMed esearch for a DOI (the DOI → PMID link), keyed by DOI.</summary>
    public const string PubMedDoiSearch = "pubmed-doi";
}
