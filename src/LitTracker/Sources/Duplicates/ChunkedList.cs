namespace LitTracker.Sources.Duplicates;

/// <summary>
/// A growable array of structs in fixed chunks: growing never copies what is stored (a doubled
/// 40 MB array would need 120 MB for a moment), and no chunk is large enough to fragment the heap.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    private const int Shift = 14;
    private const int Size = 1 << Shift;
    private const int Mask = Size - 1;

    private T[]?[] _chunks = new T[]?[4];

    public int Count { get; private set; }

    public ref T this[int index] => ref _chunks[index >> Shift]![index & Mask];

    public int Add(in T item)
    {
        var chunk = Count >> Shift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        (_chunks[chunk] ??= new T[Size])[Count & Mask] = item;
        return Count++;
    }

    /// <summary>Forgets the items from <paramref name="count"/> on, and the chunks only they used.</summary>
    public void Truncate(int count)
    {
        Count = count;
        for (var chunk = (count + Mask) >> Shift; chunk < _chunks.Length && _chunks[chunk] is not null; chunk++)
        {
            _chunks[chunk] = null;
        }
    }
}
