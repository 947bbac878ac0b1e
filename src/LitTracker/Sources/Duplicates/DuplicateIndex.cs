using System.Globalization;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// An in-memory index of <see cref="DuplicateCandidate"/>s that finds the stored work a new record
/// duplicates without a query per record: by DOI, by PMID, by exact normalised title, and by
/// first-author surname within the year and its neighbours (so a common surname never means a scan
/// of the whole library). Additions can be undone back to a checkpoint, for a file that is rolled back.
/// </summary>
/// <remarks>
/// Compact so that a library of a million records fits in an import's memory budget: no object per
/// candidate. Each one is a fixed-size entry (id, year, flags, interned author, the next older
/// member of each of its blocks) and its key, DOI, PMID and title as UTF-8 in a shared arena; DOIs,
/// PMIDs, titles and title openings are found through open-addressing tables of 32-bit hashes whose
/// hits are checked against the stored text. A candidate object is built again only to compare it or
/// to return it, equal (by value) to the one added; and only compared when an exact pre-check on the
/// entry and its stored title leaves a match possible (DuplicateIndex.Screen.cs), so a long block of
/// a common surname costs a walk, not a comparison per member.
/// </remarks>
public sealed partial class DuplicateIndex
{
    /// <summary>How many candidates are indexed.</summary>
    public int Count => _entries.Count;

    /// <summary>Indexes a stored (or about to be stored) source.</summary>
    public void Add(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var seq = Store(candidate, out var cls);
        ref var entry = ref _entries[seq];
        if (candidate.Doi is { } doi && FindDoi(doi) < 0)
        {
            _byDoi.Add(DoiHash(doi), seq);
        }

        if (candidate.Pmid is { } pmid && FindPmid(pmid) < 0)
        {
            _byPmid.Add(PmidHash(pmid), seq);
        }

        if (candidate.Key.Length > 0 && FindKey(candidate.Key) < 0)
        {
            _byKey.Add(KeyHash(candidate.Key), seq);
        }

        entry.NextTitle = Link(_byTitle, TitleHash(candidate.TitleKey, cls), FindTitle(candidate.TitleKey, cls), seq);
        var opening = Opening(candidate.TitleKey);
        entry.NextOpening = Link(_byOpening, OpeningHash(opening, candidate.Year, cls), FindOpening(opening, candidate.Year, cls), seq);
        ref var block = ref _authorBlocks[AuthorBlock(_authors[entry.Author].Surname, candidate.Year, create: true)];
        entry.NextAuthor = block.Heads[cls];
        block.Heads[cls] = seq;
    }

    /// <summary>A mark to undo later additions with <see cref="RollbackTo"/>.</summary>
    public int Checkpoint() => _entries.Count;

    /// <summary>Removes every candidate added after <paramref name="checkpoint"/>.</summary>
    public void RollbackTo(int checkpoint)
    {
        if (checkpoint >= _entries.Count)
        {
            return;
        }

        for (var seq = _entries.Count - 1; seq >= checkpoint; seq--)
        {
            var c = Materialize(seq);
            ref var entry = ref _entries[seq];
            var cls = entry.Flags & ClassBits;
            if (c.Doi is { } doi)
            {
                _byDoi.Replace(DoiHash(doi), seq, -1);
            }

            if (c.Pmid is { } pmid)
            {
                _byPmid.Replace(PmidHash(pmid), seq, -1);
            }

            if (c.Key.Length > 0)
            {
                _byKey.Replace(KeyHash(c.Key), seq, -1);
            }

            _byTitle.Replace(TitleHash(c.TitleKey, cls), seq, entry.NextTitle);
            _byOpening.Replace(OpeningHash(Opening(c.TitleKey), c.Year, cls), seq, entry.NextOpening);
            _authorBlocks[AuthorBlock(_authors[entry.Author].Surname, c.Year, create: false)].Heads[cls] = entry.NextAuthor;
            _odd.Remove(seq);
        }

        _arena.TruncateTo(_entries[checkpoint].Blob);
        _entries.Truncate(checkpoint);
    }

    /// <summary>
    /// True when an indexed candidate has the key <paramref name="key"/> (ordinal; never for the empty key):
    /// an import gives out keys not in use without a set of its own beside the index.
    /// </summary>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 0 && FindKey(key) >= 0;
    }

    /// <summary>The indexed candidate with the same DOI, if any.</summary>
    public DuplicateCandidate? ByDoi(Doi doi) => FindDoi(doi) is var seq and >= 0 ? Materialize(seq) : null;

    /// <summary>The indexed candidate with the same PMID, if any.</summary>
    public DuplicateCandidate? ByPmid(Pmid pmid) => FindPmid(pmid) is var seq and >= 0 ? Materialize(seq) : null;

    /// <summary>
    /// The best duplicate of <paramref name="candidate"/> (identifiers first, then the highest title
    /// score; on a tie, the first of <see cref="Neighbours"/>; proposal-only matches are left out), or null.
    /// </summary>
    public (DuplicateCandidate Existing, DuplicateMatch Match)? Find(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Doi is { } doi && FindDoi(doi) is var byDoi and >= 0)
        {
            return (Materialize(byDoi), new DuplicateMatch(DuplicateReason.SameDoi, 1));
        }

        if (candidate.Pmid is { } pmid && FindPmid(pmid) is var byPmid and >= 0)
        {
            return (Materialize(byPmid), new DuplicateMatch(DuplicateReason.SamePmid, 1));
        }

        // No indexed candidate shares the DOI or PMID now (the tables above hold every one), so the
        // lists DuplicateBlock.CanMatch rules out would all compare as different works.
        var kind = TitleKind.Unknown;
        var own = DuplicateBlock.ClassOf(candidate);
        var find = ++_find;
        (int Seq, DuplicateMatch Match)? best = null;
        foreach (var block in Blocks(candidate))
        {
            (int Seq, DuplicateMatch Match)? inBlock = null;
            for (var cls = 0; cls <= DuplicateBlock.Preprints; cls++)
            {
                if (!DuplicateBlock.CanMatch(own, cls))
                {
                    continue;
                }

                for (var seq = Head(block, cls); seq >= 0; seq = Next(block, seq))
                {
                    ref var entry = ref _entries[seq];
                    if (entry.Visited == find)
                    {
                        continue;
                    }

                    entry.Visited = find;
                    if (entry.Id != 0 && entry.Id == candidate.Id)
                    {
                        continue;
                    }

                    if (!MayMatch(candidate, ref kind, seq))
                    {
                        continue;
                    }

                    if (DuplicateRules.Compare(candidate, Materialize(seq)) is { IsProposalOnly: false } match
                        && (inBlock is not { } b || match.Score > b.Match.Score || (match.Score == b.Match.Score && seq < b.Seq)))
                    {
                        inBlock = (seq, match);
                    }
                }
            }

            if (inBlock is { } found && (best is null || found.Match.Score > best.Value.Match.Score))
            {
                best = found;
            }
        }

        return best is { } result ? (Materialize(result.Seq), result.Match) : null;
    }

    /// <summary>Indexed candidates sharing the exact title or the first-author surname within a year.</summary>
    public IEnumerable<DuplicateCandidate> Neighbours(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Iterate(candidate);
    }

    private IEnumerable<DuplicateCandidate> Iterate(DuplicateCandidate candidate)
    {
        var seen = new HashSet<int>();
        foreach (var block in Blocks(candidate))
        {
            var members = new List<int>();
            for (var cls = 0; cls <= DuplicateBlock.Preprints; cls++)
            {
                for (var seq = Head(block, cls); seq >= 0; seq = Next(block, seq))
                {
                    members.Add(seq);
                }
            }

            members.Sort();
            foreach (var seq in members)
            {
                if (seen.Add(seq))
                {
                    yield return Materialize(seq);
                }
            }
        }
    }

    // The blocks to look in, in order: the exact title, then per year (the year, its neighbours, none)
    // the surname and the title opening; a record without a year may match any year of the same author.
    private IEnumerable<BlockRef> Blocks(DuplicateCandidate candidate)
    {
        if (candidate.TitleKey.Length > 0)
        {
            yield return new BlockRef(BlockKind.Title, candidate.TitleKey, null, -1);
        }

        var opening = Opening(candidate.TitleKey);
        int?[] years = candidate.Year is { } y ? [y - 1, y, y + 1, null] : [null];
        var surname = _surnameIds.TryGetValue(candidate.Surname, out var id) ? id : -1;
        foreach (var year in years)
        {
            if (surname >= 0 && AuthorBlock(surname, year, create: false) is var block and >= 0)
            {
                yield return new BlockRef(BlockKind.Author, null, year, block);
            }

            yield return new BlockRef(BlockKind.Opening, opening, year, -1);
        }

        if (candidate.Year is null)
        {
            foreach (var block in AuthorBlocksOf(candidate.Surname))
            {
                yield return new BlockRef(BlockKind.Author, null, null, block);
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
}
