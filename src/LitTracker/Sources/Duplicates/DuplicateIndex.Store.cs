using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LitTracker.Sources.Duplicates;

/// <summary>Storage of <see cref="DuplicateIndex"/>: entries, the text arena, interned authors and the lookup tables.</summary>
public sealed partial class DuplicateIndex
{
    private const int ClassBits = 7;
    private const byte HasYearFlag = 8;
    private const byte OddFlag = 16;

    private readonly ChunkedList<Entry> _entries = new();
    private readonly ByteArena _arena = new();
    private readonly SlotTable _byDoi = new();
    private readonly SlotTable _byPmid = new();
    private readonly SlotTable _byTitle = new();
    private readonly SlotTable _byOpening = new();
    private readonly SlotTable _byAuthorYear = new();

    // Source keys: an import asks whether a key is in use before giving it out (ContainsKey).
    private readonly SlotTable _byKey = new();
    private readonly TitleWords _words = new();
    private readonly ChunkedList<AuthorYearBlock> _authorBlocks = new();

    // Candidates whose text does not survive UTF-8 or whose DOI/PMID would not parse back to itself
    // (lone surrogates, a DOI with '%' or non-ASCII letters): kept as they are. Practically none.
    private readonly Dictionary<int, DuplicateCandidate> _odd = [];

    // One string per distinct surname and author: a million-record library repeats them.
    private readonly Dictionary<string, int> _surnameIds = new(StringComparer.Ordinal);
    private readonly List<Surname> _surnames = [];
    private readonly Dictionary<(int Surname, string Parts, bool Organisation), int> _authorIds = [];
    private readonly List<(int Surname, string Parts, bool Organisation)> _authors = [];
    private bool _anyPipe;

    private byte[] _bytes = new byte[512];
    private byte[] _keyBytes = new byte[256];
    private char[] _chars = new char[512];

    // Per entry, the last Find that visited it: a union of blocks without a set per lookup.
    private int _find;

    private enum BlockKind
    {
        Title,
        Author,
        Opening,
    }

    private int Store(DuplicateCandidate c, out int cls)
    {
        cls = DuplicateBlock.ClassOf(c);
        var flags = (byte)(cls | (c.Year is null ? 0 : HasYearFlag));
        var blob = Encode(c, out var odd);
        var seq = _entries.Add(new Entry
        {
            Id = c.Id,
            Blob = blob,
            Author = Author(c),
            Year = c.Year ?? 0,
            Flags = (byte)(flags | (odd ? OddFlag : 0)),
        });
        if (odd)
        {
            _odd[seq] = c;
        }

        return seq;
    }

    private int Author(DuplicateCandidate c)
    {
        if (!_surnameIds.TryGetValue(c.Surname, out var surname))
        {
            surname = _surnames.Count;
            _surnameIds.Add(c.Surname, surname);
            _surnames.Add(new Surname(c.Surname));
            _anyPipe |= c.Surname.Contains('|', StringComparison.Ordinal);
        }

        var key = (surname, c.SurnameParts, c.IsOrganisation);
        if (!_authorIds.TryGetValue(key, out var author))
        {
            author = _authors.Count;
            _authorIds.Add(key, author);
            _authors.Add(key);
        }

        return author;
    }

    /// <summary>The candidate as added (equal by value; the same object for an odd one).</summary>
    private DuplicateCandidate Materialize(int seq)
    {
        ref var e = ref _entries[seq];
        if ((e.Flags & OddFlag) != 0)
        {
            return _odd[seq];
        }

        var span = _arena.From(e.Blob);
        var at = 0;
        var key = ReadText(span, ref at);
        var doi = ReadText(span, ref at);
        var pmid = ReadNumber(span, ref at);
        var title = new string(TitleOf(seq));
        var author = _authors[e.Author];
        return new DuplicateCandidate(
            e.Id, key, doi.Length == 0 ? null : Doi.Parse(doi), pmid == 0 ? null : Pmid.Parse(pmid.ToString(CultureInfo.InvariantCulture)),
            title, (e.Flags & HasYearFlag) != 0 ? e.Year : null, _surnames[author.Surname].Text, (e.Flags & ClassBits) == DuplicateBlock.Preprints)
        {
            SurnameParts = author.Parts,
            IsOrganisation = author.Organisation,
        };
    }

    // The title of an entry, decoded into a scratch buffer (valid until the next call).
    private ReadOnlySpan<char> TitleOf(int seq)
    {
        ref var e = ref _entries[seq];
        if ((e.Flags & OddFlag) != 0)
        {
            return _odd[seq].TitleKey;
        }

        var span = _arena.From(e.Blob);
        var at = 0;
        Skip(span, ref at);
        Skip(span, ref at);
        ReadNumber(span, ref at);
        var end = (int)ReadNumber(span, ref at);
        end += at;
        var written = 0;
        while (at < end)
        {
            // A word has at most 255 letters; a spelt-out one at most as many chars as bytes.
            var number = (int)ReadNumber(span, ref at);
            var spelt = number == 0 ? (int)ReadNumber(span, ref at) : 0;
            if (_chars.Length < written + 1 + Math.Max(spelt, 255))
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, written + 1 + Math.Max(spelt, 255)));
            }

            written += number == 0
                ? Encoding.UTF8.GetChars(span.Slice(at, spelt), _chars.AsSpan(written))
                : _words.Spell(number - 1, _chars.AsSpan(written));
            at += spelt;
            if (at < end)
            {
                _chars[written++] = ' ';
            }
        }

        return _chars.AsSpan(0, written);
    }

    [InlineArray(5)]
    private struct Heads
    {
        private int _head;
    }

    private struct Entry
    {
        public int Id;
        public int Blob;
        public int Author;
        public int Year;
        public int NextTitle;
        public int NextOpening;
        public int NextAuthor;
        public int Visited;
        public byte Flags;
    }

    private struct AuthorYearBlock
    {
        public int Surname;
        public int Year;
        public bool HasYear;
        public int NextOfSurname;
        public Heads Heads;
    }

    private sealed class Surname(string text)
    {
        public string Text { get; } = text;

        public int FirstBlock { get; set; } = -1;

        public int LastBlock { get; set; } = -1;
    }

    private readonly record struct BlockRef(BlockKind Kind, string? Text, int? Year, int Block);
}
