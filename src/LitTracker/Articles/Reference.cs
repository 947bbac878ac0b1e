using LitTracker.Sources;

namespace LitTracker.Articles;

/// <summary>
/// One entry of an article's printed reference list, kept exactly as printed, and resolved to a
/// <see cref="Source"/> when someone could identify it; otherwise unresolved with a reason.
/// </summary>
public sealed class Reference
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The article the list belongs to.</summary>
    public int ArticleId { get; set; }

    /// <summary>1-based position in the printed list.</summary>
    public int Position { get; set; }

    /// <summary>The entry verbatim.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The source it names, when resolved.</summary>
    public int? SourceId { get; set; }

    /// <summary>The source it names, when resolved and loaded.</summary>
    public Source? Source { get; set; }

    /// <summary>Why it could not be resolved (null when resolved).</summary>
    public string? UnresolvedReason { get; set; }

    /// <summary>Position of an earlier entry naming the same work, when the list repeats itself.</summary>
    public int? RepeatOf { get; set; }

    /// <summary>Claims the article ties to this entry.</summary>
    public List<LitTracker.Claims.Claim> Claims { get; set; } = [];

    /// <summary>True when resolved to a source.</summary>
    public bool IsResolved => SourceId is not null;
}
