using LitTracker.Grading;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Citations;

/// <summary>Creates, changes and deletes citations, appending every change to the audit trail in the same transaction.</summary>
public sealed class CitationService(LitTrackerDbContext db, TimeProvider clock)
{
    /// <summary>Cites a source for a claim, or changes the existing citation with the same origin.</summary>
    public async Task<CitationResult> CiteAsync(CitationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.By))
        {
            throw LitTrackerException.Invalid("by", "Say who is grading (--by NAME or the LITTRACKER_USER variable).");
        }

        var origin = request.Origin == CitationOrigin.Unspecified ? CitationOrigin.Reviewer : request.Origin;
        var claimId = await IdOrKey.ClaimAsync(db, request.Claim, ct).ConfigureAwait(false);
        var sourceId = await IdOrKey.SourceAsync(db, request.Source, ct).ConfigureAwait(false);
        var design = await db.Sources.Where(s => s.Id == sourceId).Select(s => s.Design).SingleAsync(ct).ConfigureAwait(false);
        var suggested = StartingCertainty.For(design);

        var citation = await db.Citations
            .SingleOrDefaultAsync(c => c.ClaimId == claimId && c.SourceId == sourceId && c.Origin == origin, ct)
            .ConfigureAwait(false);
        var creating = citation is null;
        if (citation is null)
        {
            if (request.Stance is null or Stance.Unspecified)
            {
                throw LitTrackerException.Invalid("stance", "A new citation needs a stance: supports, contradicts, mixed or does-not-address.");
            }

            citation = new Citation { ClaimId = claimId, SourceId = sourceId, Origin = origin, Grade = suggested };
            db.Citations.Add(citation);
        }
        else if (request.ExpectedVersion is { } expected && expected != citation.Version)
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"Citation {citation.Id} was changed by {citation.By} (version {citation.Version}, you had {expected}). Reload it and apply your change again.", "version");
        }

        var before = Snapshot(citation);
        Apply(citation, request);
        if (citation.Grade != suggested && string.IsNullOrWhiteSpace(citation.Rationale))
        {
            throw LitTrackerException.Invalid(
                "reason",
                $"Grade {VocabularyNames.Name(citation.Grade)} differs from the {VocabularyNames.Name(suggested)} that the study design ({VocabularyNames.Name(design)}) suggests: give the reason with --reason (risk of bias, inconsistency, indirectness, imprecision, publication bias, large effect…).");
        }

        if (!creating && before == Snapshot(citation))
        {
            return new CitationResult(citation, ChangeKind.Unspecified, suggested);
        }

        citation.By = request.By.Trim();
        citation.At = clock.GetUtcNow().UtcDateTime;
        citation.Version++;
        var kind = creating ? ChangeKind.Created : ChangeKind.Changed;

        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.CitationChanges.Add(History(citation, kind));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new CitationResult(citation, kind, suggested);
    }

    /// <summary>Deletes a citation by id, keeping its last state in the trail.</summary>
    public async Task DeleteAsync(int citationId, string by, int? expectedVersion = null, CancellationToken ct = default)
    {
        var citation = await db.Citations.SingleOrDefaultAsync(c => c.Id == citationId, ct).ConfigureAwait(false)
            ?? throw LitTrackerException.NotFound("citation", citationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (expectedVersion is { } expected && expected != citation.Version)
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"Citation {citation.Id} was changed by {citation.By} since you read it. Reload it first.", "version");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var change = History(citation, ChangeKind.Deleted);
        change.By = by;
        change.At = clock.GetUtcNow().UtcDateTime;
        db.CitationChanges.Add(change);
        db.Citations.Remove(citation);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Builds the trail entry for a citation's current state.</summary>
    internal static CitationChange History(Citation c, ChangeKind kind) => new()
    {
        CitationId = c.Id,
        ClaimId = c.ClaimId,
        SourceId = c.SourceId,
        Kind = kind,
        Origin = c.Origin,
        Stance = c.Stance,
        Grade = c.Grade,
        Outcome = c.Outcome,
        Locator = c.Locator,
        Rationale = c.Rationale,
        By = c.By,
        At = c.At,
    };

    private static void Apply(Citation citation, CitationRequest request)
    {
        if (request.Stance is { } stance and not Stance.Unspecified)
        {
            citation.Stance = stance;
        }

        if (request.Grade is { } grade and not Certainty.Unspecified)
        {
            citation.Grade = grade;
        }

        if (request.Outcome is { } outcome)
        {
            citation.Outcome = outcome;
        }

        if (request.Locator is not null)
        {
            citation.Locator = Blank(request.Locator);
        }

        if (request.Rationale is not null)
        {
            citation.Rationale = Blank(request.Rationale);
        }
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (Stance, Certainty, Outcome, string?, string?) Snapshot(Citation c) =>
        (c.Stance, c.Grade, c.Outcome, c.Locator, c.Rationale);
}
