using LitTracker.Claims;

namespace LitTracker.Articles;

/// <summary>An in-text citation marker found in an article's body, tied to its sentence's claim and to references.</summary>
public sealed class CitationMarker
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The article.</summary>
    public int ArticleId { get; set; }

    /// <summary>The claim whose sentence carries the marker, when there is one.</summary>
    public int? ClaimId { get; set; }

    /// <summary>The claim, when loaded.</summary>
    public Claim? Claim { get; set; }

    /// <summary>The marker as written, e.g. "[1–3]".</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>How it is written.</summary>
    public MarkerKind Kind { get; set; }

    /// <summary>Start offset in the article body.</summary>
    public int StartOffset { get; set; }

    /// <summary>End offset (exclusive) in the article body.</summary>
    public int EndOffset { get; set; }

    /// <summary>Reference positions it points to, comma-separated ("1,2,3"), or the identifier itself.</summary>
    public string Targets { get; set; } = string.Empty;
}
