namespace LitTracker.Metadata.Http;

/// <summary>
/// Settings for the Crossref and NCBI clients, bound from configuration section "Metadata".
/// Defaults: Crossref at https://api.crossref.org, NCBI at https://eutils.ncbi.nlm.nih.gov/entrez/eutils,
/// tool "littracker", 10 s per attempt, 2 min per call in all, 3 retries from 1 s (exponential,
/// jittered, Retry-After honoured up to 60 s), circuit opened for 30 s when half of at least 10
/// calls in 30 s fail, 4 concurrent requests per registry, Crossref spaced to 10 requests/s, NCBI
/// to 3 requests/s (10/s with an API key), DOI↔PMID cross-lookups on.
/// </summary>
public sealed class MetadataOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Metadata";

    /// <summary>Crossref REST API root.</summary>
    public Uri CrossrefBaseUrl { get; set; } = new("https://api.crossref.org");

    /// <summary>NCBI E-utilities root.</summary>
    public Uri NcbiBaseUrl { get; set; } = new("https://eutils.ncbi.nlm.nih.gov/entrez/eutils");

    /// <summary>
    /// Contact address: sent to Crossref as <c>mailto</c> (its "polite pool") and to NCBI as
    /// <c>email</c> when <see cref="Email"/> is not set. Strongly recommended.
    /// </summary>
    public string? Mailto { get; set; }

    /// <summary>NCBI <c>tool</c> parameter.</summary>
    public string Tool { get; set; } = "littracker";

    /// <summary>NCBI <c>email</c> parameter; falls back to <see cref="Mailto"/>.</summary>
    public string? Email { get; set; }

    /// <summary>NCBI API key: raises the limit from 3 to 10 requests per second.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one call, all attempts and waits between them included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Crossref's request rate: its public pool asks for at most 10 requests/s per client with a mailto.</summary>
    public double CrossrefRequestsPerSecond { get; set; } = 10;

    /// <summary>
    /// When true, adding by DOI also looks the DOI up in PubMed (esearch, then efetch) and adding by
    /// PMID also fetches the record's DOI from Crossref, so one identifier fills both registries' fields.
    /// </summary>
    public bool LookupCrossIds { get; set; } = true;

    /// <summary>Retries after the first attempt (0 disables retrying).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After the clients will wait; a longer request is capped to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the circuit stays open after it trips.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls needed in the sampling window before the circuit may trip.</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>Concurrent requests per registry.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>The User-Agent: product, version and, when known, the contact address.</summary>
    public string UserAgent => Mailto is null ? "LitTracker/1.0" : $"LitTracker/1.0 (mailto:{Mailto})";

    /// <summary>NCBI's rate: 10 requests/s with an API key, 3 without.</summary>
    public double NcbiRequestsPerSecond => string.IsNullOrWhiteSpace(ApiKey) ? 3 : 10;

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first invalid setting (a configuration error).</summary>
    public void Validate()
    {
        static void Check(bool ok, string message)
        {
            if (!ok)
            {
                throw new InvalidOperationException($"Metadata options: {message}");
            }
        }

        Check(CrossrefBaseUrl is { IsAbsoluteUri: true } c && (c.Scheme == Uri.UriSchemeHttp || c.Scheme == Uri.UriSchemeHttps), "CrossrefBaseUrl must be an absolute http(s) URL, e.g. https://api.crossref.org.");
        Check(NcbiBaseUrl is { IsAbsoluteUri: true } n && (n.Scheme == Uri.UriSchemeHttp || n.Scheme == Uri.UriSchemeHttps), "NcbiBaseUrl must be an absolute http(s) URL, e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils.");
        Check(!string.IsNullOrWhiteSpace(Tool), "Tool must not be empty (NCBI requires it).");
        Check(AttemptTimeout > TimeSpan.Zero, "AttemptTimeout must be positive.");
        Check(TotalTimeout >= AttemptTimeout, "TotalTimeout must be at least AttemptTimeout.");
        Check(CrossrefRequestsPerSecond is > 0 and <= 1000, "CrossrefRequestsPerSecond must be above 0 and at most 1000.");
        Check(MaxRetryAttempts is >= 0 and <= 10, "MaxRetryAttempts must be 0-10.");
        Check(RetryBaseDelay >= TimeSpan.Zero && MaxRetryAfter >= TimeSpan.Zero, "delays must not be negative.");
        Check(BreakDuration >= TimeSpan.FromMilliseconds(500), "BreakDuration must be at least 0.5 s (Polly's minimum).");
        Check(CircuitMinimumThroughput >= 2, "CircuitMinimumThroughput must be at least 2.");
        Check(MaxConcurrentRequests >= 1, "MaxConcurrentRequests must be at least 1.");
    }
}
