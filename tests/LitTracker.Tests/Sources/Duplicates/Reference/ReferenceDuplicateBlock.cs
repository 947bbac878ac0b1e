using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates.Reference;

/// <summary>
/// DuplicateBlock as it was before the index was made compact (commit a1cafae), for <see cref="ReferenceDuplicateIndex"/>.
/// The candidates sharing one block key (a title, or a surname or title opening within a year), kept
/// in five lists by what decides a comparison before any title is read: preprint or not, and — for
/// the others — whether it has a DOI and a PMID. Two non-preprints that both have a DOI (or both a
/// PMID) and did not match by it are different works (<see cref="DuplicateRules"/>), so a lookup
/// skips whole lists instead of comparing, which keeps an import linear when a block grows large.
/// </summary>
internal sealed class ReferenceDuplicateBlock
{
    /// <summary>The list of preprints; lists 0-3 hold non-preprints by <c>DOI? 1 : 0 | PMID? 2 : 0</c>.</summary>
    public const int Preprints = 4;

    private readonly List<(DuplicateCandidate Candidate, int Seq)>[] _lists = new List<(DuplicateCandidate, int)>[5];

    public static int ClassOf(DuplicateCandidate c) =>
        c.IsPreprint ? Preprints : (c.Doi is null ? 0 : 1) | (c.Pmid is null ? 0 : 2);

    /// <summary>Whether candidates of <paramref name="other"/> class can match a candidate of class <paramref name="own"/> by title at all.</summary>
    public static bool CanMatch(int own, int other) =>
        own == Preprints || other == Preprints || (own & other) == 0;

    public IReadOnlyList<(DuplicateCandidate Candidate, int Seq)>? List(int cls) => _lists[cls];

    public void Add(DuplicateCandidate candidate, int cls, int seq)
    {
        (_lists[cls] ??= []).Add((candidate, seq));
    }

    /// <summary>Removes the candidate added last to list <paramref name="cls"/> (rollback runs newest first).</summary>
    public void RemoveLast(int cls)
    {
        var list = _lists[cls]!;
        list.RemoveAt(list.Count - 1);
    }

    /// <summary>Every candidate in the order added (the five lists merged by sequence number).</summary>
    public IEnumerable<DuplicateCandidate> InOrder()
    {
        var heads = new int[_lists.Length];
        while (true)
        {
            var best = -1;
            for (var k = 0; k < _lists.Length; k++)
            {
                if (_lists[k] is { } list && heads[k] < list.Count && (best < 0 || list[heads[k]].Seq < _lists[best]![heads[best]].Seq))
                {
                    best = k;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            yield return _lists[best]![heads[best]++].Candidate;
        }
    }
}
