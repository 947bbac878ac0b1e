using LitTracker.Metadata.Http;
using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// What looking an identifier up in Crossref and PubMed yielded: one combined source with the
/// registry of each field, the raw answers worth caching, and warnings; or why there is nothing.
/// </summary>
internal sealed class LookupResult
{
    /// <summary>The combined source (not stored), or null when the lookup failed.</summary>
    public Source? Source { get; set; }

    /// <summary>The registry of each field of <see cref="Source"/>.</summary>
    public Dictionary<SourceField, FieldOrigin> Provenance { get; } = [];

    /// <summary>Successful raw answers, to cache: (service, key, response).</summary>
    public List<(string Service, string Key, RawResponse Response)> Responses { get; } = [];

    /// <summary>Works the fetched record is itself a notice about, with the origin that said so.</summary>
    public List<(NoticeTarget Target, string Origin)> NoticeFor { get; } = [];

    /// <summary>Non-fatal problems (a cross-lookup that failed, a mismatched record…).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>True when every registry asked said "no such record".</summary>
    public bool NotFound { get; set; }

    /// <summary>Why there is no source, when <see cref="Source"/> is null.</summary>
    public string? Failure { get; set; }
}
