using LitTracker.Articles;
using LitTracker.Citations;

namespace LitTracker.Claims;

/// <summary>One assertion in an article, with its category and wording strength.</summary>
public sealed class Claim
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Stable human key, accepted wherever an id is.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The article making the claim.</summary>
    public int ArticleId { get; set; }

    /// <summary>The article, when loaded.</summary>
    public Article? Article { get; set; }

    /// <summary>The claim text (for seed articles, our paraphrase, not the article's words).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Where it is: section heading and sentence number, e.g. "Musculoskeletal pain treatment, s2".</summary>
    public string? Locator { get; set; }

    /// <summary>Start offset in <see cref="Article.Body"/>, when the body is stored.</summary>
    public int? StartOffset { get; set; }

    /// <summary>End offset (exclusive) in <see cref="Article.Body"/>.</summary>
    public int? EndOffset { get; set; }

    /// <summary>Category key from the taxonomy, e.g. <c>pain_relief</c>.</summary>
    public string Category { get; set; } = "other";

    /// <summary>Causal-language strength of the wording.</summary>
    public WordingStrength Wording { get; set; }

    /// <summary>Absolute or hype wording ("perfect solution", "cure", "proven").</summary>
    public bool Absolute { get; set; }

    /// <summary>Attributed to unnamed authorities ("studies show", "researchers believe").</summary>
    public bool VagueAttribution { get; set; }

    /// <summary>Confirmed claims count in a check; suggested ones wait for review.</summary>
    public ReviewStatus Status { get; set; } = ReviewStatus.Confirmed;

    /// <summary>The analyser's confidence (0-1) for a suggested claim; null when a person recorded it.</summary>
    public double? Confidence { get; set; }

    /// <summary>Citations of sources for this claim.</summary>
    public List<Citation> Citations { get; set; } = [];

    /// <summary>Printed references the article ties to this claim (by marker or a reviewer's reading).</summary>
    public List<Reference> References { get; set; } = [];
}
