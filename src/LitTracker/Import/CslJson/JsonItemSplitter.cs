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

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly Action<ImportIssue>? _report;
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
        if (_reader.Peek() == '\uFEFF')
        {
            Read();
        }

        SkipWhitespace();
        var first = _reader.Peek();
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
            var c = _reader.Peek();
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
    private JsonItemText? Capture()
    {
        var line = _line;
        var column = _column;
        var sb = new StringBuilder();
        var depth = 0;
        var inString = false;
        while (true)
        {
            var c = _reader.Peek();
            if (c < 0)
            {
                Report(line, column, "The file ends inside this item (a missing '}' or '\"'?); the item was skipped.");
                return null;
            }

            if (sb.Length > MaxItemLength)
            {
                Report(line, column, "An item is larger than 16 MB, which means the JSON is malformed; reading stopped.");
                return null;
            }

            if (!inString && depth == 0 && sb.Length > 0 && (c is ',' or ']' || (c is '}' && sb[0] != '{')))
            {
                return new JsonItemText(sb.ToString(), line, column);
            }

            Read();
            sb.Append((char)c);
            if (inString)
            {
                if (c == '\\' && _reader.Peek() >= 0)
                {
                    sb.Append((char)Read());
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
                        return new JsonItemText(sb.ToString(), line, column);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private int Read()
    {
        var c = _reader.Read();
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (c >= 0)
        {
            _column++;
        }

        return c;
    }

    private void SkipWhitespace()
    {
        while (_reader.Peek() is var c && c >= 0 && char.IsWhiteSpace((char)c))
        {
            Read();
        }
    }

    private void Report(int line, int column, string message) =>
        _report?.Invoke(new ImportIssue(_file, line, column, null, ImportSeverity.Error, message));
}
