namespace LitTracker.Import.Bibtex;

/// <summary>
/// The BibTeX syntax layer: yields entries with raw values, handles @string, @preamble and
/// @comment, treats text outside entries as comment, and on a malformed entry reports one issue
/// and resumes at the next '@' that starts a line.
/// </summary>
internal sealed class BibtexReader
{
    // Fields whose values recur across a file (see BibtexValueScanner.ReadValue).
    private static readonly HashSet<string> RepeatingFields = new(StringComparer.Ordinal)
    {
        "journal", "journaltitle", "shortjournal", "journalabbreviation", "journal-abbreviation", "booktitle", "series",
        "year", "month", "volume", "number", "issue", "publisher", "address", "location", "institution", "organization",
        "school", "language", "langid", "type", "eprinttype", "archiveprefix", "primaryclass", "issn", "isbn",
    };

    private readonly BibtexCursor _cursor;
    private readonly BibtexValueScanner _values;
    private readonly string _file;
    private readonly Action<ImportIssue>? _report;
    private readonly Dictionary<string, string> _lower = new(StringComparer.Ordinal);

    public BibtexReader(TextReader reader, string file, Action<ImportIssue>? report)
    {
        _cursor = new BibtexCursor(reader);
        _values = new BibtexValueScanner(_cursor);
        _file = file;
        _report = report;
    }

    public IEnumerable<BibtexEntry> ReadEntries()
    {
        while (SkipToAt())
        {
            var line = _cursor.Line;
            var column = _cursor.Column;
            string? key = null;
            BibtexEntry? entry = null;
            try
            {
                entry = ReadCommand(line, column, out key);
            }
            catch (BibtexSyntaxException ex)
            {
                _report?.Invoke(new ImportIssue(_file, ex.Line, ex.Column, key, ImportSeverity.Error,
                    $"Entry starting at line {line} was skipped: {ex.Message}"));
                Resync();
            }

            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private bool SkipToAt()
    {
        while (_cursor.Peek() is var c && c >= 0)
        {
            if (c == '@')
            {
                return true;
            }

            if (c == '%' && _cursor.AtLineStart)
            {
                // Between entries a '%' line is a comment for every modern BibTeX tool.
                _cursor.SkipWhitespaceAndComments();
                continue;
            }

            _cursor.Read();
        }

        return false;
    }

    private void Resync()
    {
        while (_cursor.Peek() is var c && c >= 0)
        {
            if (c == '@' && _cursor.AtLineStart)
            {
                return;
            }

            _cursor.Read();
        }
    }

    private BibtexEntry? ReadCommand(int line, int column, out string? key)
    {
        key = null;
        var atLineStart = _cursor.AtLineStart;
        _cursor.Read();
        _cursor.SkipWhitespace();
        var type = LowerCase(_values.ReadIdentifier());
        if (type.Length == 0)
        {
            // A stray '@' in free text between entries (an e-mail address, say) is comment.
            return null;
        }

        _cursor.SkipWhitespace();
        if (type == "comment")
        {
            SkipComment();
            return null;
        }

        var open = _cursor.Peek();
        if (open is not ('{' or '(') && !atLineStart)
        {
            // "mail@example.org" in free text between entries is comment, not a broken entry.
            return null;
        }

        if (open is not ('{' or '('))
        {
            throw new BibtexSyntaxException(_cursor.Line, _cursor.Column, $"'@{type}' is not followed by '{{' or '(': write @{type}{{key, field = {{value}}, ...}}.");
        }

        _cursor.Read();
        var close = open == '{' ? '}' : ')';
        switch (type)
        {
            case "preamble":
                _values.ReadValue(static (_, _, _) => { });
                ExpectClose(close);
                return null;
            case "string":
                ReadString(close);
                return null;
            default:
                return ReadEntry(type, line, column, close, out key);
        }
    }

    private void SkipComment()
    {
        var open = _cursor.Peek();
        if (open is not ('{' or '('))
        {
            return;
        }

        _cursor.Read();
        var close = open == '{' ? '}' : ')';
        var depth = 0;
        while (_cursor.Peek() is var c && c >= 0)
        {
            _cursor.Read();
            if (c == open)
            {
                depth++;
            }
            else if (c == close)
            {
                if (depth-- == 0)
                {
                    return;
                }
            }
        }
    }

    private void ReadString(char close)
    {
        _cursor.SkipWhitespaceAndComments();
        var line = _cursor.Line;
        var column = _cursor.Column;
        var name = _values.ReadIdentifier();
        if (name.Length == 0)
        {
            throw new BibtexSyntaxException(line, column, "@string needs a name: write @string{name = {text}}.");
        }

        ExpectEquals(name);
        var value = _values.ReadValue(Warn);
        _values.Define(name, value);
        ExpectClose(close);
    }

    private BibtexEntry ReadEntry(string type, int line, int column, char close, out string? key)
    {
        _cursor.SkipWhitespace();
        var keyLine = _cursor.Line;
        var keyColumn = _cursor.Column;
        var token = ReadKey(close);
        _cursor.SkipWhitespaceAndComments();
        string? pendingField = null;
        if (_cursor.Peek() == '=' && token.Length > 0)
        {
            // "@article{title = ..." — the key is missing and we just read a field name.
            pendingField = token;
            token = string.Empty;
        }

        key = token.Length > 0 ? token : null;
        var entry = new BibtexEntry(type, key, line, column);
        if (key is null)
        {
            entry.Issues.Add(new ImportIssue(_file, keyLine, keyColumn, null, ImportSeverity.Warning,
                $"@{type} at line {line} has no citation key; it was imported without one. Add a key after '{{'."));
        }

        if (pendingField is null && _cursor.Peek() == ',')
        {
            _cursor.Read();
        }

        ReadFields(entry, close, pendingField);
        return entry;
    }

    private string ReadKey(char close)
    {
        var buffered = _cursor.Buffered;
        var length = 0;
        while (length < buffered.Length && IsKeyChar(buffered[length], close))
        {
            length++;
        }

        if (length < buffered.Length)
        {
            // The common case: the key ends inside the buffer.
            var key = length == 0 ? string.Empty : buffered[..length].ToString();
            if (length > 0)
            {
                _cursor.Skip(length);
            }

            return key;
        }

        var sb = new System.Text.StringBuilder();
        while (_cursor.Peek() is var c && c >= 0 && IsKeyChar((char)c, close))
        {
            sb.Append((char)_cursor.Read());
        }

        return sb.ToString();
    }

    private static bool IsKeyChar(char c, char close) =>
        !char.IsWhiteSpace(c) && c != ',' && c != close && c != '=' && c != '{' && c != '}';

    private void ReadFields(BibtexEntry entry, char close, string? pendingField)
    {
        var needComma = false;
        Action<string, int, int> warn = (m, l, col) => Warn(entry, m, l, col);
        while (true)
        {
            _cursor.SkipWhitespaceAndComments();
            var line = _cursor.Line;
            var column = _cursor.Column;
            var c = _cursor.Peek();
            if (c == close || c is '}' or ')')
            {
                _cursor.Read();
                if (c != close)
                {
                    Warn(entry, $"The entry opened with '{(close == '}' ? '{' : '(')}' but closed with '{(char)c}'; it was read anyway. Use matching delimiters.", line, column);
                }

                return;
            }

            if (c == ',')
            {
                _cursor.Read();
                needComma = false;
                continue;
            }

            if (c < 0)
            {
                throw new BibtexSyntaxException(entry.Line, entry.Column, $"The entry is not closed before the end of the file: add '{close}'.");
            }

            if (c == '@' && _cursor.AtLineStart)
            {
                throw new BibtexSyntaxException(entry.Line, entry.Column, $"The entry is not closed before the next entry at line {line}: a '{{' inside it is probably not closed.");
            }

            var name = pendingField ?? _values.ReadIdentifier();
            pendingField = null;
            if (name.Length == 0)
            {
                throw new BibtexSyntaxException(line, column, $"Unexpected '{(char)c}' where a field name was expected: fields are written name = {{value}}, separated by commas.");
            }

            if (needComma)
            {
                Warn(entry, $"A comma is missing before field '{name}'; the field was read anyway. Add the comma.", line, column);
            }

            ExpectEquals(name);
            var lower = LowerCase(name);
            var value = _values.ReadValue(warn, RepeatingFields.Contains(lower));
            if (!entry.Fields.TryAdd(lower, new BibtexField(lower, value, line, column)))
            {
                Warn(entry, $"Field '{name}' appears twice; the first value was kept. Remove the duplicate.", line, column);
            }

            needComma = true;
        }
    }

    // Field names are interned by the scanner, so their lower-case forms are worth keeping too.
    private string LowerCase(string name)
    {
        if (_lower.TryGetValue(name, out var lower))
        {
            return lower;
        }

        lower = name.ToLowerInvariant();
        if (_lower.Count < 4096)
        {
            _lower[name] = lower;
        }

        return lower;
    }

    private void ExpectEquals(string name)
    {
        _cursor.SkipWhitespaceAndComments();
        if (_cursor.Peek() != '=')
        {
            throw new BibtexSyntaxException(_cursor.Line, _cursor.Column, $"'=' expected after '{name}': write {name} = {{value}}.");
        }

        _cursor.Read();
    }

    private void ExpectClose(char close)
    {
        _cursor.SkipWhitespaceAndComments();
        if (_cursor.Peek() != close)
        {
            throw new BibtexSyntaxException(_cursor.Line, _cursor.Column, $"'{close}' expected to close the command.");
        }

        _cursor.Read();
    }

    private void Warn(string message, int line, int column) =>
        _report?.Invoke(new ImportIssue(_file, line, column, null, ImportSeverity.Warning, message));

    private void Warn(BibtexEntry entry, string message, int line, int column) =>
        entry.Issues.Add(new ImportIssue(_file, line, column, entry.Key, ImportSeverity.Warning, message));
}
