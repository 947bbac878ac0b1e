namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Decides whether two sources are the same work. In order: the same canonical DOI or PMID is a
/// duplicate; two different DOIs are different works unless one side is a preprint; a generic
/// title ("Editorial", "Department of error", <see cref="DuplicateTitle.IsGeneric"/>) never matches
/// without an identifier, and a title with fewer than <see cref="MinInformativeWords"/> informative
/// words ("Asthma") only when identical and with the same person as first author; the years must be at most one apart (equal when
/// one side has a Cochrane review DOI, <c>…14651858.CD…</c>: each version has its own year); the
/// first-author surnames must agree (<see cref="SurnameMatcher"/>) — or, when either first author
/// is an organisation or missing, the titles must score at least
/// <see cref="OrganisationTitleThreshold"/> / <see cref="NoAuthorTitleThreshold"/>; the titles
/// must score at least <see cref="TitleThreshold"/> (<see cref="PreprintTitleThreshold"/> between
/// a preprint and a non-preprint, which are often retitled on publication) with
/// <see cref="TitleSimilarity"/>, and — outside the preprint case — neither title may have a word
/// of four letters or more that the other lacks, nor its words in another order. Two different
/// PMIDs with the same author, year and title (an erratum's PMID exported in place of the article's)
/// give <see cref="DuplicateReason.SameTitleDifferentPmid"/>: proposed by <c>duplicates list</c>,
/// never merged on import (<see cref="DuplicateMatch.IsProposalOnly"/>).
/// </summary>
public static class DuplicateRules
{
    /// <summary>Title score at or above which two records with matching author and year are duplicates.</summary>
    public const double TitleThreshold = 0.90;

    /// <summary>The lower title score accepted between a preprint and a published version.</summary>
    public const double PreprintTitleThreshold = 0.75;

    /// <summary>Title score required when a first author is missing on either side.</summary>
    public const double NoAuthorTitleThreshold = 0.98;

    /// <summary>Title score required when the first authors differ and one of them is an organisation (a group on one record, its first listed person on another).</summary>
    public const double OrganisationTitleThreshold = 0.98;

    /// <summary>Title score required for <see cref="DuplicateReason.SameTitleDifferentPmid"/> (same year and author too).</summary>
    public const double DifferentPmidTitleThreshold = 0.98;

    /// <summary>Informative words (<see cref="DuplicateTitle.InformativeWords"/>) a title needs to match by the score alone; shorter titles must be identical, with the same person as first author.</summary>
    public const int MinInformativeWords = 3;

    /// <summary>
    /// The title score two records' first authors call for (null: two different persons, so different
    /// works); <paramref name="sameAuthor"/> when they are the same person. Each author is its folded
    /// surname, its parts and whether it is an organisation (<see cref="DuplicateCandidate"/>); shared
    /// with the duplicate index's pre-check, which must agree with <see cref="Compare"/>.
    /// </summary>
    internal static double? AuthorThreshold((string Surname, string Parts, bool Organisation) a, (string Surname, string Parts, bool Organisation) b, bool onePreprint, out bool sameAuthor)
    {
        sameAuthor = false;
        if (a.Surname.Length == 0 || b.Surname.Length == 0)
        {
            return NoAuthorTitleThreshold;
        }

        if (SurnameMatcher.Same(a.Surname, a.Parts, b.Surname, b.Parts))
        {
            sameAuthor = true;
            return onePreprint ? PreprintTitleThreshold : TitleThreshold;
        }

        return a.Organisation || b.Organisation ? OrganisationTitleThreshold : null;
    }

    /// <summary>The match, or null when <paramref name="a"/> and <paramref name="b"/> are different works.</summary>
    public static DuplicateMatch? Compare(DuplicateCandidate a, DuplicateCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Doi is { } doi && doi == b.Doi)
        {
            return new DuplicateMatch(DuplicateReason.SameDoi, 1);
        }

        if (a.Pmid is { } pmid && pmid == b.Pmid)
        {
            return new DuplicateMatch(DuplicateReason.SamePmid, 1);
        }

        var onePreprint = a.IsPreprint != b.IsPreprint;
        if (!onePreprint && a.Doi is not null && b.Doi is not null)
        {
            return null;
        }

        // Each version of a Cochrane review has its own DOI and year: a versioned record only matches
        // an unversioned one (no DOI) of the same year.
        if ((IsCochrane(a.Doi) || IsCochrane(b.Doi)) && a.Year != b.Year)
        {
            return null;
        }

        var differentPmids = !onePreprint && a.Pmid is not null && b.Pmid is not null;
        if (a.Year is { } ya && b.Year is { } yb && Math.Abs(ya - yb) > 1)
        {
            return null;
        }

        if (DuplicateTitle.IsGeneric(a.TitleKey) || DuplicateTitle.IsGeneric(b.TitleKey))
        {
            return null;
        }

        var shortTitle = DuplicateTitle.InformativeWords(a.TitleKey) < MinInformativeWords || DuplicateTitle.InformativeWords(b.TitleKey) < MinInformativeWords;

        if (AuthorThreshold((a.Surname, a.SurnameParts, a.IsOrganisation), (b.Surname, b.SurnameParts, b.IsOrganisation), onePreprint, out var sameAuthor) is not { } threshold)
        {
            return null;
        }

        var (score, substituted, reordered) = TitleSimilarity.Compare(a.TitleKey, b.TitleKey);

        // Outside the preprint case, a word swapped for another ("falls" → "fractures") or the same
        // words in another order ("CI from a P value" / "P value from a CI") is a different study.
        if ((substituted || reordered) && !onePreprint)
        {
            return null;
        }

        if (score < threshold)
        {
            return null;
        }

        // "Asthma", "Hypertension in pregnancy": too few words for a title score to mean much.
        if (shortTitle && !(sameAuthor && string.Equals(a.TitleKey.Replace(" ", string.Empty, StringComparison.Ordinal), b.TitleKey.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)))
        {
            return null;
        }

        if (differentPmids)
        {
            return sameAuthor && a.Year is not null && a.Year == b.Year && score >= DifferentPmidTitleThreshold
                ? new DuplicateMatch(DuplicateReason.SameTitleDifferentPmid, score)
                : null;
        }

        return new DuplicateMatch(DuplicateReason.SimilarTitle, score);
    }

    private static bool IsCochrane(Doi? doi) =>
        doi is { } d && d.Value.Contains("14651858.cd", StringComparison.OrdinalIgnoreCase);
}
