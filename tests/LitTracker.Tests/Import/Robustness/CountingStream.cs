namespace LitTracker.Tests.Import.Robustness;

/// <summary>A read-only memory stream that counts the reads and bytes a parser takes: a measure of work that does not depend on the machine.</summary>
internal sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public long BytesRead { get; private set; }

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = base.Read(buffer, offset, count);
        Count(n);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = base.Read(buffer);
        Count(n);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override int ReadByte()
    {
        var b = base.ReadByte();
        Count(b < 0 ? 0 : 1);
        return b;
    }

    private void Count(int n)
    {
        Reads++;
        BytesRead += n;
    }
}
