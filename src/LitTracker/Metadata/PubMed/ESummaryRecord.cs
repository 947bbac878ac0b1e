namespace LitTracker.Metadata.PubMed;

/// <summary>One esummary document summary, whichever format it came in (JSON, XML 2.0, XML v1).</summary>
internal sealed class ESummaryRecord
{
    public string? Uid { get; init; }

    public string? Error { get; init; }

    public int? Line { get; init; }

    public string? Title { get; init; }

    public List<(string Name, string? Type)> Authors { get; init; } = [];

    public string? Source { get; init; }

    public string? FullJournalName { get; init; }

    public string? PubDate { get; init; }

    public string? EPubDate { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Pages { get; init; }

    public List<(string Type, string Value)> ArticleIds { get; init; } = [];

    public List<string> PubTypes { get; init; } = [];

    public List<(string? RefType, string? RefSource, string? Pmid)> References { get; init; } = [];

    public string? ELocationId { get; init; }

    public string? BookTitle { get; init; }

    public string? PublisherName { get; init; }
}
