using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Web.Errors;

namespace LitTracker.Web.Citations;

/// <summary>
/// A new citation: the claim (id or key), the source (id, key, DOI or pmid:N), a stance, and
/// optionally a grade (default: the study design's starting level; another grade needs a rationale),
/// outcome, locator and origin (<c>reviewer</c>, the default, or <c>article</c>).
/// </summary>
public sealed record CitationCreateRequest(
    string? Claim,
    string? Source,
    string? Stance,
    string? Grade = null,
    string? Outcome = null,
    string? Locator = null,
    string? Rationale = null,
    string? Origin = null)
{
    /// <summary>The library request, or null with field errors recorded.</summary>
    public CitationRequest? ToRequest(string by, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(Claim))
        {
            errors.Add("claim", "Name the claim (id or key).");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            errors.Add("source", "Name the source (id, key, DOI or pmid:N).");
        }

        if (string.IsNullOrWhiteSpace(Stance))
        {
            errors.Add("stance", $"A new citation needs a stance: {string.Join(", ", VocabularyNames.Names<Stance>())}.");
        }

        errors.MaxLength("claim", Claim, 200);
        errors.MaxLength("source", Source, 1000);
        var parsed = CitationFields.Parse(errors, Stance, Grade, Outcome, Locator, Rationale);
        var origin = errors.Word<CitationOrigin>("origin", Origin) ?? CitationOrigin.Reviewer;
        return errors.IsEmpty
            ? new CitationRequest(Claim!.Trim(), Source!.Trim(), parsed.Stance, parsed.Grade, parsed.Outcome, Locator, Rationale, origin, by)
            : null;
    }
}

/// <summary>
/// A change to a citation: only the fields given change (an empty locator or rationale clears it).
/// <c>version</c> (or an <c>If-Match</c> header) must name the version you read.
/// </summary>
public sealed record CitationChangeRequest(
    string? Stance = null,
    string? Grade = null,
    string? Outcome = null,
    string? Locator = null,
    string? Rationale = null,
    int? Version = null);

/// <summary>What a write did, and the claim's verdict afterwards.</summary>
public sealed record CitationWriteResponse(string Change, string SuggestedGrade, CitationResponseWithClaim Result);

/// <summary>The citation as stored now, and its claim re-checked.</summary>
public sealed record CitationResponseWithClaim(Claims.CitationResponse Citation, Claims.ClaimSummary Claim);

/// <summary>Parses the editable citation fields shared by create, change and the web form.</summary>
public static class CitationFields
{
    /// <summary>Longest locator.</summary>
    public const int MaxLocator = 1000;

    /// <summary>Longest rationale.</summary>
    public const int MaxRationale = 4000;

    /// <summary>The vocabulary words, with errors recorded for unknown ones and over-long texts.</summary>
    public static (Stance? Stance, Certainty? Grade, Outcome? Outcome) Parse(FieldErrors errors, string? stance, string? grade, string? outcome, string? locator, string? rationale)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("locator", locator, MaxLocator);
        errors.MaxLength("rationale", rationale, MaxRationale);
        return (errors.Word<Stance>("stance", stance), errors.Word<Certainty>("grade", grade), errors.Word<Outcome>("outcome", outcome));
    }
}
