namespace LitTracker.Import.Bibtex;

/// <summary>Character source with one-character lookahead and 1-based line/column tracking.</summary>
/// <remarks>
/// Besides one character at a time, the scanners may take a run of ordinary characters straight
/// from the buffer (<see cref="Buffered"/>, <see cref="Skip"/>): a value is mostly such runs, and
/// copying them whole instead of character by character is most of the reader's speed.
/// </remarks>
internal sealed class BibtexCursor
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[8192];
    private int _pos;
    private int _len;
    private bool _eof;

    public BibtexCursor(TextReader reader)
    {
        _reader = reader;
        if (Peek() == '\uFEFF')
        {
            _pos++;
        }
    }

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>True when only whitespace precedes the current position on its line.</summary>
    public bool AtLineStart { get; private set; } = true;

    /// <summary>
    /// The characters read from the file but not consumed yet, starting at the current position;
    /// empty only at the end of the text. Valid until the next call that consumes or peeks.
    /// </summary>
    public ReadOnlySpan<char> Buffered => Peek() < 0 ? default : _buffer.AsSpan(_pos, _len - _pos);

    public int Peek()
    {
        if (_pos < _len)
        {
            return _buffer[_pos];
        }

        if (_eof)
        {
            return -1;
        }

        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (_len <= 0)
        {
            _len = 0;
            _eof = true;
            return -1;
        }

        return _buffer[_pos];
    }

    public int Read()
    {
        var c = Peek();
        if (c < 0)
        {
            return c;
        }

        _pos++;
        if (c == '\n')
        {
            Line++;
            Column = 1;
            AtLineStart = true;
        }
        else
        {
            Column++;
            if (AtLineStart && !char.IsWhiteSpace((char)c))
            {
                AtLineStart = false;
            }
        }

        return c;
    }

    /// <summary>
    /// Consumes the first <paramref name="count"/> characters of <see cref="Buffered"/>, which hold
    /// no line feed, when <see cref="AtLineStart"/> is false or one of them is not whitespace — the
    /// same as reading them one by one.
    /// </summary>
    public void Skip(int count)
    {
        _pos += count;
        Column += count;
        AtLineStart = false;
    }

    public void SkipWhitespace()
    {
        while (Peek() is var c && c >= 0 && char.IsWhiteSpace((char)c))
        {
            Read();
        }
    }

    /// <summary>Skips whitespace and BibTeX '%' line comments between fields.</summary>
    public void SkipWhitespaceAndComments()
    {
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '%')
            {
                return;
            }

            while (Peek() is var c && c >= 0 && c != '\n')
            {
                Read();
            }
        }
    }
}
