namespace LitTracker.Sources.Duplicates;

/// <summary>
/// The classes a <see cref="DuplicateIndex"/> block keeps its candidates in, by what decides a
/// comparison before any title is read: preprint or not, and — for the others — whether it has a
/// DOI and a PMID. Two non-preprints that both have a DOI (or both a PMID) and did not match by it
/// are different works (<see cref="DuplicateRules"/>), so a lookup skips whole classes instead of
/// comparing, which keeps an import linear when a block grows large.
/// </summary>
internal static class DuplicateBlock
{
    /// <summary>The class of preprints; classes 0-3 hold non-preprints by <c>DOI? 1 : 0 | PMID? 2 : 0</c>.</summary>
    public const int Preprints = 4;

    public static int ClassOf(DuplicateCandidate c) =>
        c.IsPreprint ? Preprints : (c.Doi is null ? 0 : 1) | (c.Pmid is null ? 0 : 2);

    /// <summary>Whether candidates of <paramref name="other"/> class can match a candidate of class <paramref name="own"/> by title at all.</summary>
    public static bool CanMatch(int own, int other) =>
        own == Preprints || other == Preprints || (own & other) == 0;
}
