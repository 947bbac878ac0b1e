namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Decides whether two sources are the same work. In order: the same canonical DOI or PMID is a
/// duplicate; two different DOIs (or PMIDs) are different works unless one side is a preprint;
/// otherwise the first-author surnames must agree (equal, or one slip apart from five letters on), the years at most one apart, and the titles
/// must score at least <see cref="TitleThreshold"/> (<see cref="PreprintTitleThreshold"/> between a
/// preprint and a non-preprint, which are often retitled on publication) with <see cref="TitleSimilarity"/>, and —
/// outside the preprint case — neither title may have a word of four letters or more that the other lacks.
/// </summary>
public static class DuplicateRules
{
    /// <summary>Title score at or above which two records with matching author and year are duplicates.</summary>
    public const double TitleThreshold = 0.90;

    /// <summary>The lower title score accepted between a preprint and a published version.</summary>
    public const double PreprintTitleThreshold = 0.75;

    /// <summary>Title score required when a first author is missing on either side.</summary>
    public const double NoAuthorTitleThreshold = 0.98;

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
        if (!onePreprint && ((a.Doi is not null && b.Doi is not null) || (a.Pmid is not null && b.Pmid is not null)))
        {
            return null;
        }

        if (a.Year is { } ya && b.Year is { } yb && Math.Abs(ya - yb) > 1)
        {
            return null;
        }

        double threshold;
        if (a.Surname.Length == 0 || b.Surname.Length == 0)
        {
            threshold = NoAuthorTitleThreshold;
        }
        else if (!SameSurname(a.Surname, b.Surname))
        {
            return null;
        }
        else
        {
            threshold = onePreprint ? PreprintTitleThreshold : TitleThreshold;
        }

        var (score, substituted) = TitleSimilarity.Measure(a.TitleKey, b.TitleKey);

        // Outside the preprint case, a word swapped for another ("falls" → "fractures") is a different study.
        if (substituted && !onePreprint)
        {
            return null;
        }

        return score >= threshold ? new DuplicateMatch(DuplicateReason.SimilarTitle, score) : null;
    }

    // Transliterations and one-letter slips ("Mueller"/"Muller", "Nguyen"/"Nyugen") still match
    // from five letters on; shorter names must be equal.
    private static bool SameSurname(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Min(a.Length, b.Length) < 5 || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < Math.Min(a.Length, b.Length) && a[i] == b[i])
        {
            i++;
        }

        if (i == Math.Min(a.Length, b.Length))
        {
            return true;
        }

        // One insertion, deletion, substitution or transposition after the common prefix.
        return a[(i + 1)..] == b[(i + 1)..] || a[(i + 1)..] == b[i..] || a[i..] == b[(i + 1)..]
            || (i + 1 < a.Length && i + 1 < b.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..]);
    }
}
