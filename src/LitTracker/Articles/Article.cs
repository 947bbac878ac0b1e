using LitTracker.Claims;

namespace LitTracker.Articles;

/// <summary>A text whose claims are checked: blog post, press release, manuscript.</summary>
public sealed class Article
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Stable human key, accepted wherever an id is.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Title as published.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Site or outlet that published it.</summary>
    public string? Site { get; set; }

    /// <summary>Byline.</summary>
    public string? Author { get; set; }

    /// <summary>Where it was published.</summary>
    public string? Url { get; set; }

    /// <summary>Publication (or review) date.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Last-modified date, if the article states one.</summary>
    public DateOnly? ModifiedOn { get; set; }

    /// <summary>The article text, when stored (third-party text is not kept in the seed).</summary>
    public string? Body { get; set; }

    /// <summary>Format of <see cref="Body"/>: <c>text</c>, <c>markdown</c> or <c>html</c>.</summary>
    public string? BodyFormat { get; set; }

    /// <summary>In-text citation markers found in the body.</summary>
    public List<CitationMarker> Markers { get; set; } = [];

    /// <summary>The printed reference list, in printed order.</summary>
    public List<Reference> References { get; set; } = [];

    /// <summary>The claims found in the article.</summary>
    public List<Claim> Claims { get; set; } = [];
}
