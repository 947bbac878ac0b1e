using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Claims;

/// <summary>Reads claims the way the API and the pages show them: checked, with citation versions and history.</summary>
public sealed class ClaimReader(LitTrackerDbContext db, CheckService check, HistoryService history)
{
    /// <summary>One claim with its citations (supporting first) and their history.</summary>
    public async Task<ClaimDetail> GetAsync(string idOrKey, CancellationToken ct)
    {
        var claimId = await IdOrKey.ClaimAsync(db, idOrKey, ct).ConfigureAwait(false);
        var articleId = await db.Claims.Where(c => c.Id == claimId).Select(c => c.ArticleId).SingleAsync(ct).ConfigureAwait(false);
        var article = (await check.CheckAsync(articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false)).Articles.Single();
        // A claim still waiting for review (suggested by the analyser) is not in the check.
        var claim = article.Claims.SingleOrDefault(c => c.Id == claimId)
            ?? throw LitTrackerException.NotFound("claim", idOrKey);
        var versions = await db.Citations.AsNoTracking().Where(c => c.ClaimId == claimId)
            .ToDictionaryAsync(c => c.Id, c => c.Version, ct).ConfigureAwait(false);
        var trail = await history.ForClaimAsync(claimId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        return new ClaimDetail(
            ClaimResponses.Summary(article.Key, claim),
            claim.Citations.Select(c => ClaimResponses.Citation(claim.Id, c, versions)).ToList(),
            trail.Select(ClaimResponses.History).ToList());
    }
}
