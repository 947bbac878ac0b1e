using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Sources;

namespace LitTracker.Reports.Bibliography;

/// <summary>
/// Chooses and orders the entries of a bibliography. Numbering follows first citation, as
/// Vancouver requires: the article's printed list first (a line that repeats an earlier one is
/// listed once), then sources reviewers added, in claim order and, within a claim, in the order
/// the check lists its citations (supporting first, then by grade).
/// </summary>
public static class BibliographyBuilder
{
    /// <summary>The bibliography of one checked article.</summary>
    public static BibliographySection ForArticle(ArticleCheck article, BibliographyScope scope = BibliographyScope.All)
    {
        ArgumentNullException.ThrowIfNull(article);
        var entries = new List<BibliographyEntry>();
        var listed = new HashSet<int>();
        if (scope != BibliographyScope.Reviewer)
        {
            foreach (var reference in article.References.OrderBy(r => r.Position).Where(r => r.RepeatOf is null))
            {
                if (reference.Source is null || listed.Add(reference.Source.Id))
                {
                    entries.Add(BibliographyEntry.FromReference(reference));
                }
            }

            AddCited(entries, listed, article.Claims, CitationOrigin.Article);
        }

        if (scope != BibliographyScope.Article)
        {
            AddCited(entries, listed, article.Claims, CitationOrigin.Reviewer);
        }

        return new BibliographySection(article.Title, entries);
    }

    /// <summary>The bibliography of one claim: what the article cites for it, then reviewers' evidence.</summary>
    public static BibliographySection ForClaim(ClaimCheck claim, BibliographyScope scope = BibliographyScope.All)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var entries = new List<BibliographyEntry>();
        var listed = new HashSet<int>();
        if (scope != BibliographyScope.Reviewer)
        {
            AddCited(entries, listed, [claim], CitationOrigin.Article);
        }

        if (scope != BibliographyScope.Article)
        {
            AddCited(entries, listed, [claim], CitationOrigin.Reviewer);
        }

        return new BibliographySection($"{claim.Key}: {claim.Text}", entries);
    }

    private static void AddCited(List<BibliographyEntry> entries, HashSet<int> listed, IEnumerable<ClaimCheck> claims, CitationOrigin origin)
    {
        foreach (var source in claims.SelectMany(c => c.Citations).Where(c => c.Origin == origin).Select(c => c.Source))
        {
            if (listed.Add(source.Id))
            {
                entries.Add(BibliographyEntry.Resolved(source));
            }
        }
    }

    /// <summary>Every distinct source, in the order given (for a library-wide list).</summary>
    public static BibliographySection ForSources(string? title, IEnumerable<Source> sources) =>
        new(title, sources.Select(BibliographyEntry.Resolved).ToList());
}
