using LitTracker.Checking;

namespace LitTracker.Reports.Bibliography;

/// <summary>A bibliography for one article (or any titled list); numbering restarts per section.</summary>
/// <param name="Title">Heading shown when several sections are written; may be null.</param>
/// <param name="Entries">Entries in numbered order.</param>
public sealed record BibliographySection(string? Title, IReadOnlyList<BibliographyEntry> Entries)
{
    /// <summary>The printed reference list of a checked article, in printed order.</summary>
    public static BibliographySection FromArticle(ArticleCheck article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var entries = article.References
            .OrderBy(r => r.Position)
            .Select(BibliographyEntry.FromReference)
            .ToList();
        return new BibliographySection(article.Title, entries);
    }
}
