using System.Globalization;
using System.Text;
using LitTracker.Metadata.PubMed;
using LitTracker.Sources;

namespace LitTracker.Metadata.Http;

/// <summary>
/// A typed client for NCBI E-utilities (PubMed). Every request carries <c>tool</c>, <c>email</c> and,
/// when set, <c>api_key</c>; pair it with a <see cref="ResilienceHandler"/> limited to
/// <see cref="MetadataOptions.NcbiRequestsPerSecond"/>.
/// </summary>
public sealed class PubMedClient
{
    private readonly HttpClient http;
    private readonly MetadataOptions options;

    /// <summary>Creates the client.</summary>
    public PubMedClient(HttpClient http, MetadataOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.http = http;
        this.options = options;
        http.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
    }

    /// <summary><c>efetch</c> full records (XML), mapped by <see cref="PubMedXmlMapper"/>.</summary>
    public Task<MappingResult> FetchAsync(IEnumerable<Pmid> pmids, CancellationToken cancellationToken = default) =>
        RegistryCall.GetAsync(http, Uri("efetch.fcgi", pmids, "xml"), "PubMed", PubMedXmlMapper.Map, cancellationToken);

    /// <summary><c>efetch</c> full records (XML), unmapped, for caching; map them with <see cref="PubMedXmlMapper"/>.</summary>
    public Task<RawResponse> FetchRawAsync(IEnumerable<Pmid> pmids, CancellationToken cancellationToken = default) =>
        RegistryCall.FetchAsync(http, Uri("efetch.fcgi", pmids, "xml"), "PubMed", cancellationToken);

    /// <summary><c>esearch</c> for the PubMed record of a DOI (XML), unmapped; read it with <see cref="ESearchXml"/>.</summary>
    public Task<RawResponse> SearchDoiAsync(Doi doi, CancellationToken cancellationToken = default) =>
        RegistryCall.FetchAsync(http, Build("esearch.fcgi", $"db=pubmed&retmode=xml&term={System.Uri.EscapeDataString(doi.Value + "[doi]")}"), "PubMed", cancellationToken);

    /// <summary><c>esummary</c> summaries (JSON), mapped by <see cref="ESummaryJsonMapper"/>.</summary>
    public Task<MappingResult> SummaryAsync(IEnumerable<Pmid> pmids, CancellationToken cancellationToken = default) =>
        RegistryCall.GetAsync(http, Uri("esummary.fcgi", pmids, "json"), "PubMed", ESummaryJsonMapper.Map, cancellationToken);

    /// <summary>The request URI for a utility and ids.</summary>
    public Uri Uri(string utility, IEnumerable<Pmid> pmids, string retmode)
    {
        ArgumentNullException.ThrowIfNull(pmids);
        var ids = string.Join(',', pmids.Select(p => p.ToString()));
        if (ids.Length == 0)
        {
            throw new ArgumentException("At least one PMID is required.", nameof(pmids));
        }

        return Build(utility, $"db=pubmed&retmode={retmode}&id={ids}");
    }

    private Uri Build(string utility, string parameters)
    {
        var query = new StringBuilder(parameters);
        query.Append(CultureInfo.InvariantCulture, $"&tool={System.Uri.EscapeDataString(options.Tool)}");
        if ((options.Email ?? options.Mailto) is { } email)
        {
            query.Append(CultureInfo.InvariantCulture, $"&email={System.Uri.EscapeDataString(email)}");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            query.Append(CultureInfo.InvariantCulture, $"&api_key={System.Uri.EscapeDataString(options.ApiKey)}");
        }

        return new Uri($"{options.NcbiBaseUrl.AbsoluteUri.TrimEnd('/')}/{utility}?{query}");
    }
}
