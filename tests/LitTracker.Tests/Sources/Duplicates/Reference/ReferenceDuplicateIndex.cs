using System.Globalization;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates.Reference;

/// <summary>
/// The duplicate index as it was before it was made compact (commit a1cafae), kept unchanged but
/// for its name so that DuplicateIndexDifferentialTests can hold the new one to the same answers.
/// An in-memory index of <see cref="DuplicateCandidate"/>s that finds the stored work a new record
/// duplicates without a query per record: by DOI, by PMID, by exact normalised title, and by
/// first-author surname within the year and its neighbours (so a common surname never means a scan
/// of the whole library). Additions can be undone back to a checkpoint, for a file that is rolled back.
/// </summary>
internal sealed class ReferenceDuplicateIndex
{
    private readonly Dictionary<Doi, DuplicateCandidate> _byDoi = [];
    private readonly Dictionary<Pmid, DuplicateCandidate> _byPmid = [];
    private readonly Dictionary<string, ReferenceDuplicateBlock> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceDuplicateBlock> _byAuthorYear = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceDuplicateBlock> _byOpeningYear = new(StringComparer.Ordinal);
    private readonly List<DuplicateCandidate> _log = [];

    // One string per distinct surname: a million-record library repeats a few thousand of them.
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);

    // Per sequence number, the last Find that visited it: a union of blocks without a set per lookup.
    private readonly List<int> _visited = [];
    private int _find;

    /// <summary>How many candidates are indexed.</summary>
    public int Count => _log.Count;

    /// <summary>Indexes a stored (or about to be stored) source.</summary>
    public void Add(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (!_surnames.TryAdd(candidate.Surname, candidate.Surname) && _surnames[candidate.Surname] is var pooled && !ReferenceEquals(pooled, candidate.Surname))
        {
            candidate = candidate with { Surname = pooled };
        }

        if (candidate.Doi is { } doi)
        {
            _byDoi.TryAdd(doi, candidate);
        }

        if (candidate.Pmid is { } pmid)
        {
            _byPmid.TryAdd(pmid, candidate);
        }

        var seq = _log.Count;
        var cls = ReferenceDuplicateBlock.ClassOf(candidate);
        Block(_byTitle, candidate.TitleKey).Add(candidate, cls, seq);
        Block(_byAuthorYear, AuthorYear(candidate.Surname, candidate.Year)).Add(candidate, cls, seq);
        Block(_byOpeningYear, AuthorYear(Opening(candidate.TitleKey), candidate.Year)).Add(candidate, cls, seq);
        _log.Add(candidate);
        if (seq == _visited.Count)
        {
            _visited.Add(0);
        }
        else
        {
            _visited[seq] = 0;
        }
    }

    /// <summary>A mark to undo later additions with <see cref="RollbackTo"/>.</summary>
    public int Checkpoint() => _log.Count;

    /// <summary>Removes every candidate added after <paramref name="checkpoint"/>.</summary>
    public void RollbackTo(int checkpoint)
    {
        for (var i = _log.Count - 1; i >= checkpoint; i--)
        {
            var c = _log[i];
            if (c.Doi is { } doi && _byDoi.TryGetValue(doi, out var d) && ReferenceEquals(d, c))
            {
                _byDoi.Remove(doi);
            }

            if (c.Pmid is { } pmid && _byPmid.TryGetValue(pmid, out var p) && ReferenceEquals(p, c))
            {
                _byPmid.Remove(pmid);
            }

            var cls = ReferenceDuplicateBlock.ClassOf(c);
            _byTitle[c.TitleKey].RemoveLast(cls);
            _byAuthorYear[AuthorYear(c.Surname, c.Year)].RemoveLast(cls);
            _byOpeningYear[AuthorYear(Opening(c.TitleKey), c.Year)].RemoveLast(cls);
            _log.RemoveAt(i);
        }
    }

    /// <summary>The indexed candidate with the same DOI, if any.</summary>
    public DuplicateCandidate? ByDoi(Doi doi) => _byDoi.GetValueOrDefault(doi);

    /// <summary>The indexed candidate with the same PMID, if any.</summary>
    public DuplicateCandidate? ByPmid(Pmid pmid) => _byPmid.GetValueOrDefault(pmid);

    /// <summary>
    /// The best duplicate of <paramref name="candidate"/> (identifiers first, then the highest title
    /// score; on a tie, the first of <see cref="Neighbours"/>; proposal-only matches are left out), or null.
    /// </summary>
    public (DuplicateCandidate Existing, DuplicateMatch Match)? Find(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Doi is { } doi && _byDoi.TryGetValue(doi, out var byDoi))
        {
            return (byDoi, new DuplicateMatch(DuplicateReason.SameDoi, 1));
        }

        if (candidate.Pmid is { } pmid && _byPmid.TryGetValue(pmid, out var byPmid))
        {
            return (byPmid, new DuplicateMatch(DuplicateReason.SamePmid, 1));
        }

        // No indexed candidate shares the DOI or PMID now (the maps above hold every one), so the
        // lists ReferenceDuplicateBlock.CanMatch rules out would all compare as different works.
        var own = ReferenceDuplicateBlock.ClassOf(candidate);
        var find = ++_find;
        (DuplicateCandidate, DuplicateMatch)? best = null;
        foreach (var block in Blocks(candidate))
        {
            (DuplicateCandidate Other, DuplicateMatch Match, int Seq)? inBlock = null;
            for (var cls = 0; cls <= ReferenceDuplicateBlock.Preprints; cls++)
            {
                if (!ReferenceDuplicateBlock.CanMatch(own, cls) || block.List(cls) is not { } list)
                {
                    continue;
                }

                foreach (var (other, seq) in list)
                {
                    if (_visited[seq] == find)
                    {
                        continue;
                    }

                    _visited[seq] = find;
                    if (other.Id != 0 && other.Id == candidate.Id)
                    {
                        continue;
                    }

                    if (DuplicateRules.Compare(candidate, other) is { IsProposalOnly: false } match
                        && (inBlock is not { } b || match.Score > b.Match.Score || (match.Score == b.Match.Score && seq < b.Seq)))
                    {
                        inBlock = (other, match, seq);
                    }
                }
            }

            if (inBlock is { } found && (best is null || found.Match.Score > best.Value.Item2.Score))
            {
                best = (found.Other, found.Match);
            }
        }

        return best;
    }

    /// <summary>Indexed candidates sharing the exact title or the first-author surname within a year.</summary>
    public IEnumerable<DuplicateCandidate> Neighbours(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Iterate(candidate);
    }

    private IEnumerable<DuplicateCandidate> Iterate(DuplicateCandidate candidate)
    {
        var seen = new HashSet<DuplicateCandidate>(ReferenceEqualityComparer.Instance);
        foreach (var block in Blocks(candidate))
        {
            foreach (var c in block.InOrder())
            {
                if (seen.Add(c))
                {
                    yield return c;
                }
            }
        }
    }

    // The blocks to look in, in order: the exact title, then per year (the year, its neighbours, none)
    // the surname and the title opening; a record without a year may match any year of the same author.
    private IEnumerable<ReferenceDuplicateBlock> Blocks(DuplicateCandidate candidate)
    {
        if (candidate.TitleKey.Length > 0 && _byTitle.TryGetValue(candidate.TitleKey, out var sameTitle))
        {
            yield return sameTitle;
        }

        var opening = Opening(candidate.TitleKey);
        int?[] years = candidate.Year is { } y ? [y - 1, y, y + 1, null] : [null];
        foreach (var year in years)
        {
            if (_byAuthorYear.TryGetValue(AuthorYear(candidate.Surname, year), out var byAuthor))
            {
                yield return byAuthor;
            }

            if (_byOpeningYear.TryGetValue(AuthorYear(opening, year), out var byOpening))
            {
                yield return byOpening;
            }
        }

        if (candidate.Year is null)
        {
            var prefix = candidate.Surname + "|";
            foreach (var (key, block) in _byAuthorYear)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    yield return block;
                }
            }
        }
    }

    // The first three words of the title: a second block, for surnames spelt differently (Müller, Mueller).
    private static string Opening(string titleKey)
    {
        var end = -1;
        for (var words = 0; words < 3; words++)
        {
            end = titleKey.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return "~" + titleKey;
            }
        }

        return "~" + titleKey[..end];
    }

    private static string AuthorYear(string surname, int? year) =>
        surname + "|" + (year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    private static ReferenceDuplicateBlock Block(Dictionary<string, ReferenceDuplicateBlock> map, string key)
    {
        if (!map.TryGetValue(key, out var block))
        {
            block = new ReferenceDuplicateBlock();
            map[key] = block;
        }

        return block;
    }
}
