namespace LitTracker.Import.Bibtex;

/// <summary>Character source with one-character lookahead and 1-based line/column tracking.</summary>
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
            if (!char.IsWhiteSpace((char)c))
            {
                AtLineStart = false;
            }
        }

        return c;
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
