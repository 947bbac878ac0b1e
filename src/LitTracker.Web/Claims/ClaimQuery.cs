using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Persistence;
using LitTracker.Web.Errors;
using LitTracker.Web.Paging;
using Microsoft.EntityFrameworkCore;
using ReviewStatus = LitTracker.Claims.ReviewStatus;

namespace LitTracker.Web.Claims;

/// <summary>
/// The claim list. Article and category filter, sort and page in SQL, and only the claims on the
/// page are checked. Verdict and flags are computed, not stored: filtering by them (or sorting by
/// verdict) checks every claim the other filters leave, so that set is capped at
/// <see cref="MaxComputedCandidates"/>.
/// </summary>
public sealed class ClaimQuery(LitTrackerDbContext db, Checking.CheckService check)
{
    /// <summary>The sort fields; the first (article order) is the default.</summary>
    public static readonly string[] Sorts = ["position", "key", "verdict", "category"];

    /// <summary>
    /// Most claims a verdict or flag filter (or a verdict sort) computes per request: a few large
    /// articles' worth, about 0.1 s of checking; the whole 200k-claim ledger would take seconds.
    /// </summary>
    public const int MaxComputedCandidates = 5000;

    /// <summary>One page of checked claims and the filtered total; null with field errors when a computed filter has too many candidates.</summary>
    public async Task<Paged<ClaimSummary>?> PageAsync(
        PageSpec spec, string? article, string? category, Verdict? verdict, ClaimFlags? flag, FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(errors);
        var query = db.Claims.AsNoTracking().Where(c => c.Status == ReviewStatus.Confirmed);
        if (article is not null)
        {
            var articleId = await IdOrKey.ArticleAsync(db, article, ct).ConfigureAwait(false);
            query = query.Where(c => c.ArticleId == articleId);
        }

        if (category is not null)
        {
            query = query.Where(c => c.Category == category);
        }

        var candidates = await query.CountAsync(ct).ConfigureAwait(false);
        if (verdict is null && flag is null && spec.Field != "verdict")
        {
            return spec.Result(await StoredOrderPageAsync(query, spec, ct).ConfigureAwait(false), candidates);
        }

        if (candidates > MaxComputedCandidates)
        {
            var field = verdict is not null ? "verdict" : flag is not null ? "flag" : "sort";
            errors.Add(field, $"Verdicts and flags are computed per claim; this request would compute {candidates} of them (at most {MaxComputedCandidates}). Narrow the list first with article= or category=.");
            return null;
        }

        var rows = (await check.CheckClaimsAsync(query, ct).ConfigureAwait(false))
            .Where(x => (verdict is null || x.Claim.Assessment.Verdict == verdict)
                && (flag is null || x.Claim.Assessment.Flags.HasFlag(flag.Value)))
            .Select(x => ClaimResponses.Summary(x.ArticleKey, x.Claim))
            .ToList();

        // The list arrives in article order; LINQ's sort is stable, so ties keep that order.
        IEnumerable<ClaimSummary> sorted = spec.Field switch
        {
            "key" => rows.OrderBy(x => x.Key, spec.Descending),
            "verdict" => rows.OrderBy(x => x.Verdict, spec.Descending),
            "category" => rows.OrderBy(x => x.Category, spec.Descending),
            _ => spec.Descending ? Enumerable.Reverse(rows) : rows,
        };
        return spec.Result(sorted.Skip(spec.Skip).Take(spec.PageSize).ToList(), rows.Count);
    }

    private async Task<IReadOnlyList<ClaimSummary>> StoredOrderPageAsync(IQueryable<Claim> query, PageSpec spec, CancellationToken ct)
    {
        // Article order is article key, then claim id; other sorts fall back to it for ties.
        var ordered = spec.Field switch
        {
            "key" => query.OrderBy(c => c.Key, spec.Descending).ThenBy(c => c.Id),
            "category" => query.OrderBy(c => c.Category, spec.Descending).ThenBy(c => c.Article!.Key).ThenBy(c => c.Id),
            _ => spec.Descending
                ? query.OrderByDescending(c => c.Article!.Key).ThenByDescending(c => c.Id)
                : query.OrderBy(c => c.Article!.Key).ThenBy(c => c.Id),
        };
        var ids = await ordered.Skip(spec.Skip).Take(spec.PageSize).Select(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return [];
        }

        var byId = (await check.CheckClaimsAsync(db.Claims.Where(c => ids.Contains(c.Id)), ct).ConfigureAwait(false))
            .ToDictionary(x => x.Claim.Id);
        return ids.Where(byId.ContainsKey).Select(id => ClaimResponses.Summary(byId[id].ArticleKey, byId[id].Claim)).ToList();
    }
}
