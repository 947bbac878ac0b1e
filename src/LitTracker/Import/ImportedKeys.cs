using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Unicode;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Import;

/// <summary>
/// The keys of the sources an import added, in order, kept compactly: UTF-8 bytes in chunks and one
/// 32-bit offset per key (about 20 bytes a key, against about 70 for a list of strings: 50 MB less
/// at a million records, held for the whole import). Each read builds a new string.
/// </summary>
public sealed class ImportedKeys : IReadOnlyList<string>
{
    private readonly ChunkedList<byte> _bytes = new();
    private readonly ChunkedList<int> _starts = new();

    // Keys that are not valid UTF-16 (a lone surrogate) and so cannot be stored as UTF-8, by position.
    // Import keys are ASCII (Keys.Suggest), so this stays empty in practice.
    private readonly Dictionary<int, string> _odd = [];
    private byte[] _scratch = new byte[256];

    /// <summary>How many keys there are.</summary>
    public int Count => _starts.Count;

    /// <summary>The key at <paramref name="index"/> (a new string each time).</summary>
    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_odd.TryGetValue(index, out var odd))
            {
                return odd;
            }

            var start = _starts[index];
            var end = index + 1 < Count ? _starts[index + 1] : _bytes.Count;
            var length = end - start;
            Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
            for (var i = 0; i < length; i++)
            {
                bytes[i] = _bytes[start + i];
            }

            return Encoding.UTF8.GetString(bytes);
        }
    }

    /// <summary>Appends <paramref name="key"/>.</summary>
    internal void Add(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var position = _starts.Add(_bytes.Count);
        if (_scratch.Length < key.Length * 3)
        {
            _scratch = new byte[key.Length * 3];
        }

        if (Utf8.FromUtf16(key, _scratch, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            _odd.Add(position, key);
            return;
        }

        foreach (var b in _scratch.AsSpan(0, written))
        {
            _bytes.Add(b);
        }
    }

    /// <summary>Keeps the first <paramref name="count"/> keys and forgets the rest.</summary>
    internal void TruncateTo(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count >= Count)
        {
            return;
        }

        _bytes.Truncate(_starts[count]);
        _starts.Truncate(count);
        foreach (var position in _odd.Keys.Where(p => p >= count).ToList())
        {
            _odd.Remove(position);
        }
    }

    /// <summary>The keys in order.</summary>
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
