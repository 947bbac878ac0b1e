using System.Globalization;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Analysis.Proposals;

/// <summary>
/// Turns the analyser's proposals into confirmed claims and citations, or rejects them. Accepting
/// a claim confirms it and its suggested citations; rejecting keeps it (status rejected, so it is
/// not proposed again) and rejects its suggested citations. Every citation status change appends a
/// history entry (<see cref="CitationChange"/>), in the same transaction.
/// </summary>
public sealed class ClaimReviewService(LitTrackerDbContext db, TimeProvider clock)
{
    /// <summary>Claims of an article (or all articles) with the given statuses (default: suggested), with their citations.</summary>
    public async Task<IReadOnlyList<Claim>> ListAsync(string? article, bool all, CancellationToken ct = default)
    {
        var query = db.Claims.AsNoTracking().Include(c => c.References).Include(c => c.Citations).ThenInclude(x => x.Source).Include(c => c.Article).AsQueryable();
        if (article is not null)
        {
            var id = await IdOrKey.ArticleAsync(db, article, ct).ConfigureAwait(false);
            query = query.Where(c => c.ArticleId == id);
        }

        if (!all)
        {
            query = query.Where(c => c.Status == ReviewStatus.Suggested);
        }

        return await query.OrderBy(c => c.ArticleId).ThenBy(c => c.Id).AsSplitQuery().ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Confirms a claim and its suggested citations.</summary>
    public Task<Claim> AcceptAsync(string claim, string by, CancellationToken ct = default) =>
        SetStatusAsync(claim, ReviewStatus.Confirmed, by, ct);

    /// <summary>Rejects a claim and its suggested citations.</summary>
    public Task<Claim> RejectAsync(string claim, string by, CancellationToken ct = default) =>
        SetStatusAsync(claim, ReviewStatus.Rejected, by, ct);

    /// <summary>Changes a claim's text, category or wording (its status is unchanged; accept it separately).</summary>
    public async Task<Claim> EditAsync(string claimIdOrKey, ClaimEdit edit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var id = await IdOrKey.ClaimAsync(db, claimIdOrKey, ct).ConfigureAwait(false);
        var claim = await db.Claims.SingleAsync(c => c.Id == id, ct).ConfigureAwait(false);
        if (edit.Category is not null)
        {
            claim.Category = await RequireCategoryAsync(edit.Category, ct).ConfigureAwait(false);
        }

        if (!string.IsNullOrWhiteSpace(edit.Text))
        {
            claim.Text = edit.Text.Trim();
        }

        if (edit.Wording is { } wording)
        {
            claim.Wording = wording;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return claim;
    }

    /// <summary>Adds a claim the detector missed, confirmed, to an article.</summary>
    public async Task<Claim> AddAsync(string article, string text, string category, WordingStrength wording, string? locator, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw LitTrackerException.Invalid("text", "A claim needs its text (--text).");
        }

        var articleId = await IdOrKey.ArticleAsync(db, article, ct).ConfigureAwait(false);
        var articleKey = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Key).SingleAsync(ct).ConfigureAwait(false);
        var taken = await db.Claims.Where(c => c.Key.StartsWith(articleKey + "-")).Select(c => c.Key).ToListAsync(ct).ConfigureAwait(false);
        var n = taken.Count + 1;
        while (taken.Contains(articleKey + "-c" + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }

        var claim = new Claim
        {
            ArticleId = articleId,
            Key = articleKey + "-c" + n.ToString(CultureInfo.InvariantCulture),
            Text = text.Trim(),
            Category = await RequireCategoryAsync(category, ct).ConfigureAwait(false),
            Wording = wording,
            Locator = locator,
            Status = ReviewStatus.Confirmed,
        };
        db.Claims.Add(claim);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return claim;
    }

    private async Task<Claim> SetStatusAsync(string claimIdOrKey, ReviewStatus status, string by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw LitTrackerException.Invalid("by", "Say who is reviewing (--by NAME or the LITTRACKER_USER variable).");
        }

        var id = await IdOrKey.ClaimAsync(db, claimIdOrKey, ct).ConfigureAwait(false);
        var claim = await db.Claims.Include(c => c.Citations).SingleAsync(c => c.Id == id, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        claim.Status = status;
        var changed = claim.Citations.Where(c => c.Status == ReviewStatus.Suggested).ToList();
        foreach (var citation in changed)
        {
            citation.Status = status;
            citation.By = by.Trim();
            citation.At = now;
            citation.Version++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.CitationChanges.AddRange(changed.Select(c =>
        {
            var entry = CitationService.History(c, ChangeKind.Changed);
            entry.Rationale = (status == ReviewStatus.Confirmed ? "accepted" : "rejected") + " by reviewer" + (c.Rationale is null ? string.Empty : "; " + c.Rationale);
            return entry;
        }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return claim;
    }

    private async Task<string> RequireCategoryAsync(string category, CancellationToken ct)
    {
        var key = category.Trim();
        var known = await db.Categories.Select(c => c.Key).ToListAsync(ct).ConfigureAwait(false);
        var fromTaxonomy = Claims.Taxonomy.Default.Categories.Select(c => c.Key);
        return known.Contains(key) || fromTaxonomy.Contains(key)
            ? key
            : throw LitTrackerException.Invalid("category", $"Category '{category}' is not in the taxonomy: {string.Join(", ", fromTaxonomy.Union(known))}.");
    }
}
