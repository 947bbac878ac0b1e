namespace LitTracker.Sources.Duplicates;

/// <summary>
/// The exact pre-check of <see cref="DuplicateIndex.Find"/>: an entry is compared with
/// <see cref="DuplicateRules.Compare"/> (decoded into a candidate first) only when the checks
/// below, read from the entry and its title as stored, leave a match possible.
/// </summary>
public sealed partial class DuplicateIndex
{
    /// <summary>
    /// False only when <see cref="DuplicateRules.Compare"/>(candidate, entry) returns null. Find calls
    /// it after ruling out a shared DOI or PMID (no indexed entry has the candidate's), so each rule
    /// below that makes Compare return null can be applied in any order: the two preprints with DOIs,
    /// the years, the first authors (which also give the title threshold), a generic or short title
    /// of the candidate's, and the title bound (<see cref="TitleSimilarity.MayReach"/>).
    /// </summary>
    /// <param name="candidate">The record looked up.</param>
    /// <param name="kind">What the candidate's title is, found out at the first entry that needs it (most lookups never do: the titles' words allocate).</param>
    /// <param name="seq">The entry.</param>
    private bool MayMatch(DuplicateCandidate candidate, ref TitleKind kind, int seq)
    {
        ref var e = ref _entries[seq];
        var onePreprint = candidate.IsPreprint != ((e.Flags & ClassBits) == DuplicateBlock.Preprints);

        // Two non-preprints with DOIs are in classes Find does not walk; two preprints are not.
        if (!onePreprint && candidate.Doi is not null && HasDoi(seq))
        {
            return false;
        }

        if (candidate.Year is { } year && YearOf(e) is { } other && Math.Abs(year - other) > 1)
        {
            return false;
        }

        var author = _authors[e.Author];
        if (DuplicateRules.AuthorThreshold((candidate.Surname, candidate.SurnameParts, candidate.IsOrganisation),
                (_surnames[author.Surname].Text, author.Parts, author.Organisation), onePreprint, out var sameAuthor) is not { } threshold)
        {
            return false;
        }

        if (kind == TitleKind.Unknown)
        {
            kind = DuplicateTitle.IsGeneric(candidate.TitleKey) ? TitleKind.Generic
                : DuplicateTitle.InformativeWords(candidate.TitleKey) < DuplicateRules.MinInformativeWords ? TitleKind.Short
                : TitleKind.Informative;
        }

        // A generic title never matches without an identifier.
        if (kind == TitleKind.Generic)
        {
            return false;
        }

        var title = TitleOf(seq);

        // A short title matches only an identical one (spaces aside) with the same person as first author.
        if (kind == TitleKind.Short && !(sameAuthor && TitleSimilarity.SameLetters(candidate.TitleKey, title)))
        {
            return false;
        }

        return TitleSimilarity.MayReach(candidate.TitleKey, title, threshold);
    }

    private bool HasDoi(int seq)
    {
        ref var e = ref _entries[seq];
        if ((e.Flags & OddFlag) != 0)
        {
            return _odd[seq].Doi is not null;
        }

        var span = _arena.From(e.Blob);
        var at = 0;
        Skip(span, ref at);
        return ReadNumber(span, ref at) != 0;
    }

    private enum TitleKind
    {
        Unknown,
        Generic,
        Short,
        Informative,
    }
}
