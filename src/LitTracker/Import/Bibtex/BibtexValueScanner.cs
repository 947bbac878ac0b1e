using System.Buffers;
using System.Text;

namespace LitTracker.Import.Bibtex;

/// <summary>
/// Reads a field value: braced, quoted, bare number or @string macro, joined with '#'. The raw
/// LaTeX is kept (outer delimiters removed); conversion to Unicode happens when mapping.
/// </summary>
internal sealed class BibtexValueScanner
{
    private const int MaxValueLength = 1 << 20;

    // Identifiers (field names, entry types, macro names, bare numbers) and the values of fields
    // like journal and year repeat from entry to entry: each distinct one is allocated once, up to
    // this many per cache.
    private const int MaxCachedNames = 4096;

    // Longer values of recurring fields are rarely repeated exactly.
    private const int MaxRepeatedLength = 80;

    // The characters a delimited value must look at one by one; runs of anything else are copied whole.
    private static readonly SearchValues<char> BracedSpecials = SearchValues.Create("{}\\\n");
    private static readonly SearchValues<char> QuotedSpecials = SearchValues.Create("{}\\\n\"");

    private readonly BibtexCursor _cursor;
    private readonly StringBuilder _value = new();
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _repeated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January",
        ["feb"] = "February",
        ["mar"] = "March",
        ["apr"] = "April",
        ["may"] = "May",
        ["jun"] = "June",
        ["jul"] = "July",
        ["aug"] = "August",
        ["sep"] = "September",
        ["oct"] = "October",
        ["nov"] = "November",
        ["dec"] = "December",
    };

    public BibtexValueScanner(BibtexCursor cursor) => _cursor = cursor;

    public void Define(string name, string value) => _macros[name] = value;

    /// <summary>Reads parts separated by '#'; warnings (undefined macros) go to <paramref name="warn"/>.</summary>
    /// <param name="warn">Receives warnings.</param>
    /// <param name="repeats">True for fields whose values recur from entry to entry (journal,
    /// year, volume…): short ones are then allocated once.</param>
    public string ReadValue(Action<string, int, int> warn, bool repeats = false)
    {
        var sb = _value.Clear();
        _cursor.SkipWhitespaceAndComments();
        if (TryReadPlainBraced(repeats) is { } plain)
        {
            _cursor.SkipWhitespaceAndComments();
            if (_cursor.Peek() != '#')
            {
                return plain;
            }

            sb.Append(plain);
            _cursor.Read();
        }

        while (true)
        {
            _cursor.SkipWhitespaceAndComments();
            ReadPart(sb, warn);
            _cursor.SkipWhitespaceAndComments();
            if (_cursor.Peek() != '#')
            {
                return sb.ToString();
            }

            _cursor.Read();
        }
    }

    /// <summary>Reads a name: a field name, macro name or entry type.</summary>
    public string ReadIdentifier()
    {
        var buffered = _cursor.Buffered;
        var length = 0;
        while (length < buffered.Length && IsIdentifierChar(buffered[length]))
        {
            length++;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        if (length < buffered.Length)
        {
            // The common case: the name ends inside the buffer.
            var name = Intern(_names, buffered[..length]);
            _cursor.Skip(length);
            return name;
        }

        var sb = new StringBuilder();
        while (_cursor.Peek() is var c && c >= 0 && IsIdentifierChar((char)c))
        {
            sb.Append((char)_cursor.Read());
        }

        return sb.ToString();
    }

    public static bool IsIdentifierChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('{' or '}' or '(' or ')' or ',' or '=' or '"' or '#' or '%' or '@');

    private void ReadPart(StringBuilder sb, Action<string, int, int> warn)
    {
        var line = _cursor.Line;
        var column = _cursor.Column;
        switch (_cursor.Peek())
        {
            case '{':
                _cursor.Read();
                ReadDelimited(sb, '}', line, column);
                break;
            case '"':
                _cursor.Read();
                ReadDelimited(sb, '"', line, column);
                break;
            case < 0:
                throw new BibtexSyntaxException(line, column, "The file ends where a field value was expected: finish the entry and close its braces.");
            default:
                var name = ReadIdentifier();
                if (name.Length == 0)
                {
                    throw new BibtexSyntaxException(line, column, $"Unexpected '{(char)_cursor.Peek()}' where a field value was expected: write the value as {{...}}, \"...\", a number or an @string name.");
                }

                if (IsNumber(name))
                {
                    sb.Append(name);
                }
                else if (_macros.TryGetValue(name, out var value))
                {
                    sb.Append(value);
                }
                else
                {
                    warn($"'{name}' is not a defined @string macro; the value was left empty. Define it with @string{{{name} = {{...}}}} or put the text in braces.", line, column);
                }

                break;
        }
    }

    /// <summary>
    /// The usual value, "{text}" with no brace, backslash or line feed inside and all of it in the
    /// buffer, read straight from the buffer; null (nothing consumed) for any other value.
    /// </summary>
    private string? TryReadPlainBraced(bool repeats)
    {
        var buffered = _cursor.Buffered;
        if (buffered.Length < 2 || buffered[0] != '{')
        {
            return null;
        }

        var length = buffered[1..].IndexOfAny(BracedSpecials);
        if (length < 0 || buffered[1 + length] != '}')
        {
            return null;
        }

        var text = buffered.Slice(1, length);
        var value = repeats && length <= MaxRepeatedLength ? Intern(_repeated, text) : text.ToString();
        _cursor.Skip(length + 2);
        return value;
    }

    private static bool IsNumber(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Intern(Dictionary<string, string> cache, ReadOnlySpan<char> name)
    {
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        if (cache.Count < MaxCachedNames)
        {
            cache[text] = text;
        }

        return text;
    }

    private void ReadDelimited(StringBuilder sb, char close, int line, int column)
    {
        var depth = 0;
        var start = sb.Length;
        var specials = close == '}' ? BracedSpecials : QuotedSpecials;
        while (true)
        {
            if (!_cursor.AtLineStart)
            {
                // A run of ordinary characters: no brace, backslash, line feed or closing quote, so
                // nothing in it can end the value or start an entry, and the cursor can skip it whole.
                var buffered = _cursor.Buffered;
                var run = buffered.IndexOfAny(specials);
                run = run < 0 ? buffered.Length : run;
                if (run > 0)
                {
                    var length = sb.Length - start;
                    if (length + run > MaxValueLength)
                    {
                        // Consume exactly as far as the one-by-one loop would before giving up.
                        var take = Math.Max(1, MaxValueLength + 1 - length);
                        sb.Append(buffered[..take]);
                        _cursor.Skip(take);
                        throw new BibtexSyntaxException(line, column, "A field value is longer than 1 MB, which means a delimiter is missing: check the braces and quotes.");
                    }

                    sb.Append(buffered[..run]);
                    _cursor.Skip(run);
                    continue;
                }
            }

            var atLineStart = _cursor.AtLineStart;
            var c = _cursor.Peek();
            if (c < 0)
            {
                throw new BibtexSyntaxException(line, column, Unclosed(close) + " before the end of the file: close it.");
            }

            if (c == '@' && atLineStart)
            {
                // A new entry at the start of a line almost always means a missing closing delimiter.
                throw new BibtexSyntaxException(line, column, Unclosed(close) + $" before the next entry at line {_cursor.Line}: close it.");
            }

            _cursor.Read();
            if (c == '\\' && _cursor.Peek() is var next && next >= 0 && next is '{' or '}' or '"')
            {
                sb.Append('\\').Append((char)_cursor.Read());
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    if (close == '}')
                    {
                        return;
                    }

                    throw new BibtexSyntaxException(_cursor.Line, _cursor.Column - 1, "A '}' closes more braces than were opened in this quoted value: balance the braces.");
                }

                depth--;
            }
            else if (c == close && depth == 0)
            {
                return;
            }

            sb.Append((char)c);
            if (sb.Length - start > MaxValueLength)
            {
                throw new BibtexSyntaxException(line, column, "A field value is longer than 1 MB, which means a delimiter is missing: check the braces and quotes.");
            }
        }
    }

    private static string Unclosed(char close) =>
        close == '}' ? "The value's opening '{' is not closed" : "The value's opening '\"' is not closed";
}
