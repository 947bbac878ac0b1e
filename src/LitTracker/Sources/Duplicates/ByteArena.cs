namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Byte strings appended to 1 MB chunks, addressed by an int (chunk and offset): a million short
/// strings as one object per megabyte instead of one object each. Only the newest can be taken
/// back (<see cref="TruncateTo"/>), which is all a rollback needs.
/// </summary>
internal sealed class ByteArena
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int MaxChunks = 2047;

    private readonly List<byte[]> _chunks = [];
    private int _used;

    /// <summary>Room for <paramref name="length"/> bytes in one chunk; returns their position.</summary>
    public int Append(int length, out Span<byte> span)
    {
        if (_chunks.Count == 0 || _used + length > _chunks[^1].Length)
        {
            if (_chunks.Count == MaxChunks)
            {
                throw new InvalidOperationException("The duplicate index holds 2 GB of text: import the library in parts.");
            }

            _chunks.Add(new byte[Math.Max(ChunkSize, length)]);
            _used = 0;
        }

        var position = ((_chunks.Count - 1) << ChunkBits) | _used;
        span = _chunks[^1].AsSpan(_used, length);
        _used += length;
        return position;
    }

    /// <summary>The bytes from <paramref name="position"/> to the end of its chunk.</summary>
    public ReadOnlySpan<byte> From(int position) => _chunks[position >> ChunkBits].AsSpan(position & (ChunkSize - 1));

    /// <summary>Forgets everything appended at or after <paramref name="position"/>.</summary>
    public void TruncateTo(int position)
    {
        var chunk = position >> ChunkBits;
        _chunks.RemoveRange(chunk + 1, _chunks.Count - chunk - 1);
        _used = position & (ChunkSize - 1);
    }
}
