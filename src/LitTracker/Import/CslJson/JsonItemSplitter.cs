using System.Buffers;
using System.Text;

namespace LitTracker.Import.CslJson;

/// <summary>One top-level JSON value's text and the line it starts on.</summary>
internal sealed record JsonItemText(string Text, int Line, int Column);

/// <summary>
/// Cuts a top-level JSON array into the texts of its elements (or yields the one top-level
/// object) without parsing them, tracking lines. Each element is then parsed on its own, so one
/// broken item costs only that item, memory holds one item at a time, and every issue has a line.
/// </summary>
internal sealed class JsonItemSplitter
{
    private const int MaxItemLength = 16 * 1024 * 1024;

    // The characters that change the scanner's state (or the line count); runs of others are skipped.
    private static readonly SearchValues<char> Specials = SearchValues.Create("\"\\\n{}[],");
    private static readonly SearchValues<char> InStringSpecials = SearchValues.Create("\"\\\n");

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly Action<ImportIssue>? _report;
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _item = new();
    private int _pos;
    private int _len;
    private bool _eof;
    private int _line = 1;
    private int _column = 1;

    public JsonItemSplitter(TextReader reader, string file, Action<ImportIssue>? report)
    {
        _reader = reader;
        _file = file;
        _report = report;
    }

    public IEnumerable<JsonItemText> Items()
    {
        if (Peek() == '\uFEFF')
        {
            Read();
        }

        SkipWhitespace();
        var first = Peek();
        if (first == '{')
        {
            if (Capture() is { } single)
            {
                yield return single;
            }

            yield break;
        }

        if (first != '[')
        {
            Report(_line, _column, first < 0 ? "The file is empty: expected a JSON array of CSL items." : $"Expected '[' or '{{' at the start of CSL-JSON, found '{(char)first}'. Export the references as CSL JSON.");
            yield break;
        }

        Read();
        while (true)
        {
            SkipWhitespace();
            var c = Peek();
            if (c == ']' || c < 0)
            {
                if (c < 0)
                {
                    Report(_line, _column, "The file ends before the closing ']' of the item array; items read so far were kept.");
                }

                yield break;
            }

            if (c == ',')
            {
                Read();
                continue;
            }

            var line = _line;
            var column = _column;
            var item = Capture();
            if (item is null)
            {
                yield break;
            }

            if (c != '{')
            {
                Report(line, column, "An element of the item array is not a JSON object and was skipped.");
                continue;
            }

            yield return item;
        }
    }

    /// <summary>Captures one value (object, array, string or bare word) verbatim.</summary>
    /// <remarks>
    /// Characters are scanned in the buffer and copied out a run at a time (<c>_pos - run</c>
    /// characters not yet in <see cref="_item"/>); <c>captured</c> is the length the item has so far.
    /// </remarks>
    private JsonItemText? Capture()
    {
        var line = _line;
        var column = _column;
        var sb = _item.Clear();
        var first = '\0';
        var depth = 0;
        var inString = false;
        var run = _pos;
        while (true)
        {
            if (_pos >= _len)
            {
                sb.Append(_buffer, run, _pos - run);
                Fill();
                run = _pos;
            }

            var captured = sb.Length + (_pos - run);
            if (_pos >= _len)
            {
                Report(line, column, "The file ends inside this item (a missing '}' or '\"'?); the item was skipped.");
                return null;
            }

            var c = _buffer[_pos];
            if (!IsSpecial(c, inString) && captured < MaxItemLength)
            {
                // A run of characters that change no state: taken whole, up to the size limit.
                var span = _buffer.AsSpan(_pos, Math.Min(_len - _pos, MaxItemLength - captured));
                var length = span.IndexOfAny(inString ? InStringSpecials : Specials);
                length = length < 0 ? span.Length : length;
                first = captured == 0 ? c : first;
                _pos += length;
                _column += length;
                continue;
            }

            if (captured > MaxItemLength)
            {
                Report(line, column, "An item is larger than 16 MB, which means the JSON is malformed; reading stopped.");
                return null;
            }

            if (!inString && depth == 0 && captured > 0 && (c is ',' or ']' || (c is '}' && first != '{')))
            {
                return new JsonItemText(sb.Append(_buffer, run, _pos - run).ToString(), line, column);
            }

            Advance(c);
            first = captured == 0 ? c : first;
            if (inString)
            {
                if (c == '\\')
                {
                    // The escaped character is taken with the backslash, whatever it is.
                    if (_pos >= _len)
                    {
                        sb.Append(_buffer, run, _pos - run);
                        Fill();
                        run = _pos;
                    }

                    if (_pos < _len)
                    {
                        Advance(_buffer[_pos]);
                    }
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth <= 0)
                    {
                        return new JsonItemText(sb.Append(_buffer, run, _pos - run).ToString(), line, column);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool IsSpecial(char c, bool inString) =>
        c is '"' or '\\' or '\n' || (!inString && c is '{' or '}' or '[' or ']' or ',');

    private int Peek() => _pos < _len || Fill() ? _buffer[_pos] : -1;

    private int Read()
    {
        var c = Peek();
        if (c >= 0)
        {
            Advance((char)c);
        }

        return c;
    }

    private void Advance(char c)
    {
        _pos++;
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        _pos = 0;
        _len = _reader.Read(_buffer, 0, _buffer.Length);
        if (_len <= 0)
        {
            _len = 0;
            _eof = true;
            return false;
        }

        return true;
    }

    private void SkipWhitespace()
    {
        while (Peek() is var c && c >= 0 && char.IsWhiteSpace((char)c))
        {
            Read();
        }
    }

    private void Report(int line, int column, string message) =>
        _report?.Invoke(new ImportIssue(_file, line, column, null, ImportSeverity.Error, message));
}
