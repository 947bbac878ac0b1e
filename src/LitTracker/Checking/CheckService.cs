using LitTracker.Articles;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Checking;

/// <summary>Checks articles: loads each claim's citations and computes its verdict, flags and SORT strength.</summary>
public sealed class CheckService(LitTrackerDbContext db)
{
    /// <summary>Checks one article (by id or key) or, when <paramref name="article"/> is null, every article.</summary>
    public async Task<CheckReport> CheckAsync(string? article = null, CancellationToken ct = default)
    {
        int? articleId = article is null ? null : await IdOrKey.ArticleAsync(db, article, ct).ConfigureAwait(false);
        var query = db.Articles.AsNoTracking();
        if (articleId is not null)
        {
            query = query.Where(a => a.Id == articleId);
        }

        return await CheckAsync(query, ct).ConfigureAwait(false);
    }

    /// <summary>Checks the articles with the given ids (unknown ids are skipped), ordered by key.</summary>
    public Task<CheckReport> CheckArticlesAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return CheckAsync(db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)), ct);
    }

    /// <summary>
    /// Checks the confirmed claims among <paramref name="claims"/> (any filtered query on the
    /// claims), each with its article's key, in article order. Only those claims are loaded, so a
    /// list page costs its own rows, not the whole ledger.
    /// </summary>
    public Task<IReadOnlyList<(string ArticleKey, ClaimCheck Claim)>> CheckClaimsAsync(IQueryable<Claim> claims, CancellationToken ct = default) =>
        CheckClaimsAsync(claims, confirmedOnly: true, ct);

    private async Task<IReadOnlyList<(string ArticleKey, ClaimCheck Claim)>> CheckClaimsAsync(IQueryable<Claim> claims, bool confirmedOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var confirmed = confirmedOnly ? claims.Where(c => c.Status == ReviewStatus.Confirmed) : claims;
        var loaded = await confirmed.AsNoTracking()
            .Include(c => c.Citations.Where(x => x.Status == ReviewStatus.Confirmed)).ThenInclude(c => c.Source!).ThenInclude(s => s.Notices)
            .Include(c => c.References)
            .AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        var articleKeys = await confirmed.Select(c => new { c.Id, c.Article!.Key }).ToDictionaryAsync(x => x.Id, x => x.Key, ct).ConfigureAwait(false);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Key, ct).ConfigureAwait(false);
        return loaded
            .Select(c => (ArticleKey: articleKeys[c.Id], Claim: Check(c, categories)))
            .OrderBy(x => x.ArticleKey, StringComparer.Ordinal).ThenBy(x => x.Claim.Id)
            .ToList();
    }

    private async Task<CheckReport> CheckAsync(IQueryable<Article> query, CancellationToken ct)
    {
        var articles = await query
            .Include(a => a.References).ThenInclude(r => r.Source!).ThenInclude(s => s.Notices)
            // Only what a person confirmed counts; the analyser's suggestions wait for review.
            .Include(a => a.Claims.Where(c => c.Status == ReviewStatus.Confirmed))
                .ThenInclude(c => c.Citations.Where(x => x.Status == ReviewStatus.Confirmed))
                .ThenInclude(c => c.Source!).ThenInclude(s => s.Notices)
            .Include(a => a.Claims.Where(c => c.Status == ReviewStatus.Confirmed)).ThenInclude(c => c.References)
            .OrderBy(a => a.Key)
            .AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Key, ct).ConfigureAwait(false);

        return new CheckReport(articles.Select(a => Check(a, categories)).ToList());
    }

    /// <summary>
    /// Checks one article (by id or key) for its verdicts only, for callers that show verdicts,
    /// flags and counts (the API's check). Each citation's source carries just what the verdict
    /// rules and a summary read — id, key, title, year, type, design, population and notices —
    /// and the article's printed references are not loaded: materialising whole sources
    /// (abstracts, authors and provenance JSON) was most of a check's time. Use
    /// <see cref="CheckAsync(string?, CancellationToken)"/> wherever sources are shown or formatted.
    /// </summary>
    public async Task<ArticleCheck> CheckVerdictsAsync(string article, CancellationToken ct = default)
    {
        var articleId = await IdOrKey.ArticleAsync(db, article, ct).ConfigureAwait(false);
        var head = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.Key, a.Title }).SingleAsync(ct).ConfigureAwait(false);
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Status == ReviewStatus.Confirmed)
            .Select(c => new Claim
            {
                Id = c.Id,
                Key = c.Key,
                ArticleId = c.ArticleId,
                Text = c.Text,
                Locator = c.Locator,
                Category = c.Category,
                Wording = c.Wording,
                Absolute = c.Absolute,
                VagueAttribution = c.VagueAttribution,
                Status = c.Status,
                References = c.References.Select(r => new Reference { Id = r.Id, ArticleId = r.ArticleId, Position = r.Position, SourceId = r.SourceId }).ToList(),
                Citations = c.Citations.Where(x => x.Status == ReviewStatus.Confirmed).Select(x => new Citation
                {
                    Id = x.Id,
                    ClaimId = x.ClaimId,
                    SourceId = x.SourceId,
                    Origin = x.Origin,
                    Stance = x.Stance,
                    Grade = x.Grade,
                    Outcome = x.Outcome,
                    Locator = x.Locator,
                    Rationale = x.Rationale,
                    By = x.By,
                    At = x.At,
                    Status = x.Status,
                    Version = x.Version,
                    Source = new Source
                    {
                        Id = x.Source!.Id,
                        Key = x.Source.Key,
                        Title = x.Source.Title,
                        Year = x.Source.Year,
                        Type = x.Source.Type,
                        Design = x.Source.Design,
                        Population = x.Source.Population,
                        Notices = x.Source.Notices.ToList(),
                    },
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Key, ct).ConfigureAwait(false);
        var checks = claims.OrderBy(c => c.Id).Select(c => Check(c, categories)).ToList();
        return new ArticleCheck(head.Id, head.Key, head.Title, [], checks);
    }

    /// <summary>
    /// Checks one claim (by id or key). Unlike the lists, a claim still waiting for review is
    /// checked too: a writer citing a source for it needs its verdict afterwards.
    /// </summary>
    public async Task<ClaimCheck> CheckClaimAsync(string claim, CancellationToken ct = default)
    {
        var claimId = await IdOrKey.ClaimAsync(db, claim, ct).ConfigureAwait(false);
        var found = await CheckClaimsAsync(db.Claims.Where(c => c.Id == claimId), confirmedOnly: false, ct).ConfigureAwait(false);
        return found.Single().Claim;
    }

    private static ArticleCheck Check(Article article, IReadOnlyDictionary<string, ClaimCategory> categories)
    {
        var claims = article.Claims.OrderBy(c => c.Id).Select(c => Check(c, categories)).ToList();
        return new ArticleCheck(article.Id, article.Key, article.Title, article.References.OrderBy(r => r.Position).ToList(), claims);
    }

    private static ClaimCheck Check(Claim claim, IReadOnlyDictionary<string, ClaimCategory> categories)
    {
        categories.TryGetValue(claim.Category, out var category);
        var evidence = new ClaimEvidence(
            claim.Wording,
            claim.Absolute,
            category?.PatientOriented ?? false,
            claim.Citations.Select(c => new EvidenceItem(c.Stance, c.Grade, c.Origin, c.Source!.IsRetracted, c.Source.Population, c.Outcome)).ToList(),
            claim.References.Count,
            claim.References.Count(r => r.SourceId is null),
            claim.VagueAttribution);

        var citations = claim.Citations
            .OrderBy(c => StanceOrder(c.Stance))
            .ThenByDescending(c => c.Grade)
            .ThenBy(c => c.Origin)
            .ThenBy(c => c.Source!.Key, StringComparer.Ordinal)
            .Select(c => new CitationView(c.Id, c.Source!, c.Origin, c.Stance, c.Grade, c.Outcome, c.Locator, c.Rationale, c.By, c.At))
            .ToList();

        return new ClaimCheck(
            claim.Id,
            claim.Key,
            claim.Text,
            claim.Locator,
            claim.Category,
            category?.Label ?? claim.Category,
            claim.Wording,
            claim.Absolute,
            VerdictRules.Assess(evidence),
            citations);
    }

    private static int StanceOrder(Stance stance) => stance switch
    {
        Stance.Supports => 0,
        Stance.Contradicts => 1,
        Stance.Mixed => 2,
        _ => 3,
    };
}
