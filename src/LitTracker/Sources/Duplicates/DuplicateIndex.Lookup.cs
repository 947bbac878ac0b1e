using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LitTracker.Sources.Duplicates;

/// <summary>Lookups of <see cref="DuplicateIndex"/>: hash tables whose hits are checked against the stored text.</summary>
public sealed partial class DuplicateIndex
{
    private static uint DoiHash(Doi doi) => (uint)string.GetHashCode((doi.Value ?? string.Empty).AsSpan());

    private static uint PmidHash(Pmid pmid) => (uint)HashCode.Combine(pmid.Value);

    private static uint KeyHash(string key) => (uint)string.GetHashCode(key.AsSpan());

    private static uint TitleHash(string title, int cls) => (uint)HashCode.Combine(string.GetHashCode(title.AsSpan()), cls);

    private static uint OpeningHash(string opening, int? year, int cls) =>
        (uint)HashCode.Combine(string.GetHashCode(opening.AsSpan()), year ?? 0, year.HasValue, cls);

    private static uint AuthorYearHash(int surname, int? year) => (uint)HashCode.Combine(surname, year ?? 0, year.HasValue);

    private int FindDoi(Doi doi)
    {
        var cursor = -1;
        while (_byDoi.TryNext(DoiHash(doi), ref cursor, out var seq))
        {
            if (DoiOf(seq) == doi)
            {
                return seq;
            }
        }

        return -1;
    }

    // The first indexed entry with the key, compared as UTF-8 with the arena's copy (or as it is, for
    // an odd entry or a key that is not valid UTF-16).
    private int FindKey(string key)
    {
        if (_keyBytes.Length < key.Length * 3)
        {
            _keyBytes = new byte[key.Length * 3];
        }

        var utf8 = Utf8.FromUtf16(key, _keyBytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done;
        var wanted = _keyBytes.AsSpan(0, written);
        var cursor = -1;
        while (_byKey.TryNext(KeyHash(key), ref cursor, out var seq))
        {
            ref var e = ref _entries[seq];
            if ((e.Flags & OddFlag) != 0)
            {
                if (string.Equals(_odd[seq].Key, key, StringComparison.Ordinal))
                {
                    return seq;
                }

                continue;
            }

            var span = _arena.From(e.Blob);
            var at = 0;
            var length = (int)ReadNumber(span, ref at);
            if (utf8 && span.Slice(at, length).SequenceEqual(wanted))
            {
                return seq;
            }
        }

        return -1;
    }

    private int FindPmid(Pmid pmid)
    {
        var cursor = -1;
        while (_byPmid.TryNext(PmidHash(pmid), ref cursor, out var seq))
        {
            if (PmidOf(seq) == pmid)
            {
                return seq;
            }
        }

        return -1;
    }

    // The newest entry of class cls with exactly this title, or -1.
    private int FindTitle(string title, int cls)
    {
        var cursor = -1;
        while (_byTitle.TryNext(TitleHash(title, cls), ref cursor, out var seq))
        {
            if ((_entries[seq].Flags & ClassBits) == cls && TitleOf(seq).SequenceEqual(title))
            {
                return seq;
            }
        }

        return -1;
    }

    // The newest entry of class cls with this title opening and year, or -1.
    private int FindOpening(string opening, int? year, int cls)
    {
        var cursor = -1;
        while (_byOpening.TryNext(OpeningHash(opening, year, cls), ref cursor, out var seq))
        {
            ref var e = ref _entries[seq];
            if ((e.Flags & ClassBits) == cls && YearOf(e) == year && OpeningOf(TitleOf(seq)).SequenceEqual(opening.AsSpan(1)))
            {
                return seq;
            }
        }

        return -1;
    }

    // Makes seq the head of its list (hash → newest entry); returns the previous head.
    private static int Link(SlotTable table, uint hash, int head, int seq)
    {
        if (head >= 0)
        {
            table.Replace(hash, head, seq);
        }
        else
        {
            table.Add(hash, seq);
        }

        return head;
    }

    private static int? YearOf(in Entry e) => (e.Flags & HasYearFlag) != 0 ? e.Year : null;

    // What Opening keeps of a title, without its "~".
    private static ReadOnlySpan<char> OpeningOf(ReadOnlySpan<char> title)
    {
        var end = -1;
        for (var words = 0; words < 3; words++)
        {
            var next = title[(end + 1)..].IndexOf(' ');
            if (next < 0)
            {
                return title;
            }

            end += next + 1;
        }

        return title[..end];
    }

    private Doi? DoiOf(int seq)
    {
        ref var e = ref _entries[seq];
        if ((e.Flags & OddFlag) != 0)
        {
            return _odd[seq].Doi;
        }

        var span = _arena.From(e.Blob);
        var at = 0;
        Skip(span, ref at);
        var length = (int)ReadNumber(span, ref at);
        return length == 0 ? null : Doi.Parse(Encoding.UTF8.GetString(span.Slice(at, length)));
    }

    private Pmid? PmidOf(int seq)
    {
        ref var e = ref _entries[seq];
        if ((e.Flags & OddFlag) != 0)
        {
            return _odd[seq].Pmid;
        }

        var span = _arena.From(e.Blob);
        var at = 0;
        Skip(span, ref at);
        Skip(span, ref at);
        var value = ReadNumber(span, ref at);
        return value == 0 ? null : Pmid.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // The block of a surname and year (creating it when asked), or -1.
    private int AuthorBlock(int surname, int? year, bool create)
    {
        var hash = AuthorYearHash(surname, year);
        var cursor = -1;
        while (_byAuthorYear.TryNext(hash, ref cursor, out var id))
        {
            ref var b = ref _authorBlocks[id];
            if (b.Surname == surname && (b.HasYear ? b.Year : (int?)null) == year)
            {
                return id;
            }
        }

        if (!create)
        {
            return -1;
        }

        var block = new AuthorYearBlock { Surname = surname, Year = year ?? 0, HasYear = year.HasValue, NextOfSurname = -1 };
        ((Span<int>)block.Heads).Fill(-1);
        var created = _authorBlocks.Add(block);
        _byAuthorYear.Add(hash, created);
        var owner = _surnames[surname];
        if (owner.LastBlock >= 0)
        {
            _authorBlocks[owner.LastBlock].NextOfSurname = created;
        }
        else
        {
            owner.FirstBlock = created;
        }

        owner.LastBlock = created;
        return created;
    }

    // Every block of the surname in the order created (the keys "surname|…" of any year, as a prefix).
    private IEnumerable<int> AuthorBlocksOf(string surname)
    {
        if (_anyPipe)
        {
            var prefix = surname + "|";
            for (var id = 0; id < _authorBlocks.Count; id++)
            {
                var b = _authorBlocks[id];
                if (AuthorYear(_surnames[b.Surname].Text, b.HasYear ? b.Year : null).StartsWith(prefix, StringComparison.Ordinal))
                {
                    yield return id;
                }
            }
        }
        else if (_surnameIds.TryGetValue(surname, out var owner))
        {
            for (var id = _surnames[owner].FirstBlock; id >= 0; id = _authorBlocks[id].NextOfSurname)
            {
                yield return id;
            }
        }
    }

    private int Head(BlockRef block, int cls) => block.Kind switch
    {
        BlockKind.Title => FindTitle(block.Text!, cls),
        BlockKind.Opening => FindOpening(block.Text!, block.Year, cls),
        _ => _authorBlocks[block.Block].Heads[cls],
    };

    private int Next(BlockRef block, int seq) => block.Kind switch
    {
        BlockKind.Title => _entries[seq].NextTitle,
        BlockKind.Opening => _entries[seq].NextOpening,
        _ => _entries[seq].NextAuthor,
    };
}
