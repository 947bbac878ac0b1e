using System.Globalization;
using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Persistence;
using LitTracker.Web.Claims;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Citations;

/// <summary>
/// The write side the API and the web form share: every change goes through the library's
/// <see cref="CitationService"/> (history kept), and nothing overwrites a citation whose version
/// the caller has not seen.
/// </summary>
public sealed class CitationEditor(LitTrackerDbContext db, CitationService citations, CheckService check)
{
    /// <summary>A citation as stored now, or null.</summary>
    public async Task<CitationResponse?> FindAsync(int id, CancellationToken ct)
    {
        var c = await db.Citations.AsNoTracking().Include(x => x.Source!).ThenInclude(s => s.Notices)
            .SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        return c is null ? null : Response(c);
    }

    /// <summary>The citation with the same claim, source and origin as <paramref name="request"/>, or null.</summary>
    public async Task<CitationResponse?> FindSameAsync(CitationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claimId = await IdOrKey.ClaimAsync(db, request.Claim, ct).ConfigureAwait(false);
        var sourceId = await IdOrKey.SourceAsync(db, request.Source, ct).ConfigureAwait(false);
        var id = await db.Citations.Where(c => c.ClaimId == claimId && c.SourceId == sourceId && c.Origin == request.Origin)
            .Select(c => (int?)c.Id).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return id is null ? null : await FindAsync(id.Value, ct).ConfigureAwait(false);
    }

    /// <summary>Creates or changes a citation through the library; a stale expected version throws Conflict.</summary>
    public async Task<CitationWriteResponse> WriteAsync(CitationRequest request, CancellationToken ct)
    {
        var result = await citations.CiteAsync(request, ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var change = result.Kind == ChangeKind.Unspecified ? "unchanged" : VocabularyNames.Name(result.Kind);
        return new CitationWriteResponse(change, VocabularyNames.Name(result.SuggestedGrade), await WithClaimAsync(result.Citation.Id, ct).ConfigureAwait(false));
    }

    /// <summary>A change request applied to citation <paramref name="id"/> by <paramref name="by"/>, expecting <paramref name="version"/>.</summary>
    public async Task<CitationRequest?> ChangeRequestAsync(int id, CitationChangeRequest change, string by, int version, Errors.FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await db.Citations.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.ClaimId, c.SourceId, c.Origin })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw LitTrackerException.NotFound("citation", id.ToString(CultureInfo.InvariantCulture));
        var parsed = CitationFields.Parse(errors, change.Stance, change.Grade, change.Outcome, change.Locator, change.Rationale);
        return errors.IsEmpty
            ? new CitationRequest(
                current.ClaimId.ToString(CultureInfo.InvariantCulture), current.SourceId.ToString(CultureInfo.InvariantCulture),
                parsed.Stance, parsed.Grade, parsed.Outcome, change.Locator, change.Rationale, current.Origin, by, version)
            : null;
    }

    /// <summary>Deletes a citation expecting <paramref name="version"/>; a stale version throws Conflict.</summary>
    public Task DeleteAsync(int id, string by, int version, CancellationToken ct) => citations.DeleteAsync(id, by, version, ct);

    /// <summary>The citation and its claim re-checked.</summary>
    public async Task<CitationResponseWithClaim> WithClaimAsync(int id, CancellationToken ct)
    {
        var citation = await FindAsync(id, ct).ConfigureAwait(false)
            ?? throw LitTrackerException.NotFound("citation", id.ToString(CultureInfo.InvariantCulture));
        var claim = await check.CheckClaimAsync(citation.ClaimId.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        var article = await db.Claims.Where(c => c.Id == citation.ClaimId).Select(c => c.Article!.Key).SingleAsync(ct).ConfigureAwait(false);
        return new CitationResponseWithClaim(citation, ClaimResponses.Summary(article, claim));
    }

    private static CitationResponse Response(Citation c)
    {
        var s = c.Source!;
        return new CitationResponse(
            c.Id, c.ClaimId, new CitedSource(s.Id, s.Key, s.Title, s.Year, VocabularyNames.Name(s.Design), s.IsRetracted),
            VocabularyNames.Name(c.Origin), VocabularyNames.Name(c.Stance), VocabularyNames.Name(c.Grade), VocabularyNames.Name(c.Outcome),
            c.Locator, c.Rationale, c.By, c.At, c.Version);
    }
}
