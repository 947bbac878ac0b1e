using System.Buffers;
using System.Text.Unicode;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Import;

/// <summary>
/// The source keys in use during an import, compactly: UTF-8 in an arena behind a table of 32-bit
/// hashes (about 30 bytes a key, against about 70 for a <see cref="HashSet{T}"/> of strings).
/// A removed key's bytes stay in the arena; removals only happen when a strict-mode file is undone.
/// </summary>
internal sealed class SourceKeySet
{
    private readonly SlotTable _table = new();
    private readonly ByteArena _arena = new();

    // Keys that are not valid UTF-16 (a lone surrogate) and so cannot be stored as UTF-8.
    private readonly HashSet<string> _odd = new(StringComparer.Ordinal);
    private byte[] _scratch = new byte[256];

    public bool Contains(string key) => Find(key, out _) >= 0;

    public bool Add(string key)
    {
        if (Find(key, out var bytes) >= 0)
        {
            return false;
        }

        if (bytes < 0)
        {
            return _odd.Add(key);
        }

        var position = _arena.Append(bytes + 2, out var span);
        span[0] = (byte)bytes;
        span[1] = (byte)(bytes >> 8);
        _scratch.AsSpan(0, bytes).CopyTo(span[2..]);
        _table.Add(Hash(key), position);
        return true;
    }

    public bool Remove(string key)
    {
        var position = Find(key, out var bytes);
        if (bytes < 0)
        {
            return _odd.Remove(key);
        }

        if (position < 0)
        {
            return false;
        }

        _table.Replace(Hash(key), position, -1);
        return true;
    }

    private static uint Hash(string key) => (uint)string.GetHashCode(key.AsSpan());

    // The arena position of the key, or -1; bytes: its UTF-8 length (in the scratch buffer), or -1 for an odd key.
    private int Find(string key, out int bytes)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_scratch.Length < key.Length * 3)
        {
            _scratch = new byte[key.Length * 3];
        }

        if (key.Length > 20_000 || Utf8.FromUtf16(key, _scratch, out _, out bytes, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            bytes = -1;
            return _odd.Contains(key) ? 0 : -1;
        }

        var wanted = _scratch.AsSpan(0, bytes);
        var cursor = -1;
        while (_table.TryNext(Hash(key), ref cursor, out var position))
        {
            var stored = _arena.From(position);
            if (stored[0] + (stored[1] << 8) == bytes && stored.Slice(2, bytes).SequenceEqual(wanted))
            {
                return position;
            }
        }

        return -1;
    }
}
