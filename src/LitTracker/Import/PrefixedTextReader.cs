namespace LitTracker.Import;

/// <summary>Replays text already read for format sniffing, then continues with the rest.</summary>
internal sealed class PrefixedTextReader : TextReader
{
    private readonly string _prefix;
    private readonly TextReader _rest;
    private int _pos;

    public PrefixedTextReader(string prefix, TextReader rest)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override int Peek() => _pos < _prefix.Length ? _prefix[_pos] : _rest.Peek();

    public override int Read() => _pos < _prefix.Length ? _prefix[_pos++] : _rest.Read();

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (_pos >= _prefix.Length)
        {
            return _rest.Read(buffer, index, count);
        }

        var n = Math.Min(count, _prefix.Length - _pos);
        _prefix.CopyTo(_pos, buffer, index, n);
        _pos += n;
        return n;
    }

    public override string? ReadLine()
    {
        if (_pos >= _prefix.Length)
        {
            return _rest.ReadLine();
        }

        var end = _prefix.AsSpan(_pos).IndexOfAny('\r', '\n');
        if (end < 0)
        {
            // The line runs on past the sniffed text; the rest of it ends the way a line does.
            var head = _prefix[_pos..];
            _pos = _prefix.Length;
            return head + _rest.ReadLine();
        }

        var line = _prefix.Substring(_pos, end);
        _pos += end + 1;
        if (_prefix[_pos - 1] == '\r' && Peek() == '\n')
        {
            Read();
        }

        return line;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
