using System.Globalization;
using System.Text;

namespace LitTracker.Import.Bibtex;

/// <summary>
/// Single-pass LaTeX-to-Unicode conversion for bibliography fields. Braces are dropped (case
/// protection has no meaning once text is Unicode); accents become combining marks and are
/// normalised to NFC; unknown commands followed by an argument keep the argument's text.
/// </summary>
internal sealed class LatexConverter
{
    private const int MaxDepth = 200;

    private readonly string _s;
    private StringBuilder _out = new();
    private int _i;
    private int _depth;
    private bool _math;

    private LatexConverter(string s) => _s = s;

    public static string Convert(string latex)
    {
        var converter = new LatexConverter(latex);
        converter.Run(stopAtBrace: false);
        return ImportText.Nfc(converter._out.ToString());
    }

    private void Run(bool stopAtBrace)
    {
        if (++_depth > MaxDepth)
        {
            // Pathological nesting: keep the rest as literal text rather than recurse further.
            _out.Append(_s.AsSpan(_i));
            _i = _s.Length;
            _depth--;
            return;
        }

        while (_i < _s.Length)
        {
            var c = _s[_i];
            switch (c)
            {
                case '}':
                    _i++;
                    if (stopAtBrace)
                    {
                        _depth--;
                        return;
                    }

                    break;
                case '{':
                    _i++;
                    Run(stopAtBrace: true);
                    break;
                case '\\':
                    _i++;
                    Command();
                    break;
                case '$':
                    _i++;
                    _math = !_math;
                    break;
                case '~':
                    _i++;
                    _out.Append(' ');
                    break;
                case '-' when !_math:
                    Dashes();
                    break;
                case '`' when Next('`'):
                    _i += 2;
                    _out.Append('“');
                    break;
                case '\'' when Next('\''):
                    _i += 2;
                    _out.Append('”');
                    break;
                case '^' or '_' when _math:
                    _i++;
                    _out.Append(LatexSymbols.Script(Argument(), c == '^'));
                    break;
                default:
                    _i++;
                    _out.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        _depth--;
    }

    private bool Next(char c) => _i + 1 < _s.Length && _s[_i + 1] == c;

    private void Dashes()
    {
        var n = 0;
        while (_i < _s.Length && _s[_i] == '-')
        {
            n++;
            _i++;
        }

        _out.Append(n switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('-', n) });
    }

    private void Command()
    {
        if (_i >= _s.Length)
        {
            _out.Append('\\');
            return;
        }

        var name = CommandName();
        if (LatexSymbols.Accents.TryGetValue(name, out var mark))
        {
            var arg = Argument();
            Accent(arg, mark, name);
            return;
        }

        if (name.Length == 1 && !char.IsAsciiLetter(name[0]))
        {
            _out.Append(name[0] switch
            {
                '\\' or ' ' or ',' or ';' or ':' => " ",
                '-' or '/' or '!' or '@' => string.Empty,
                _ => name,
            });
            return;
        }

        SkipSpaces();
        if (LatexSymbols.Symbols.TryGetValue(name, out var symbol))
        {
            _out.Append(symbol);
            EatEmptyGroup();
        }
        else if (LatexSymbols.KeepArgument.Contains(name))
        {
            _out.Append(Argument());
        }
        else if (LatexSymbols.DropArgument.Contains(name))
        {
            Argument();
        }
        else if (LatexSymbols.Declarations.Contains(name))
        {
            // A font switch prints nothing.
        }
        else if (name is "textsuperscript" or "sp" or "textsubscript" or "sb")
        {
            _out.Append(LatexSymbols.Script(Argument(), name is "textsuperscript" or "sp"));
        }
        else if (name == "href")
        {
            _out.Append(Argument());
            Argument();
        }
        else if (name == "ElsevierGlyph")
        {
            var code = Argument();
            _out.Append(int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp) && cp is > 0 and < 0xD800
                ? char.ConvertFromUtf32(cp)
                : code);
        }
        else if (_i >= _s.Length || _s[_i] != '{')
        {
            // Unknown and argument-less: keep it visible so a reader can see what was there.
            _out.Append('\\').Append(name);
        }
    }

    private string CommandName()
    {
        var start = _i;
        if (!char.IsAsciiLetter(_s[_i]))
        {
            _i++;
            return _s.Substring(start, 1);
        }

        while (_i < _s.Length && char.IsAsciiLetter(_s[_i]))
        {
            _i++;
        }

        return _s[start.._i];
    }

    private void SkipSpaces()
    {
        while (_i < _s.Length && _s[_i] is ' ' or '\t' or '\n' or '\r')
        {
            _i++;
        }
    }

    private void EatEmptyGroup()
    {
        if (_i + 1 < _s.Length && _s[_i] == '{' && _s[_i + 1] == '}')
        {
            _i += 2;
        }
    }

    /// <summary>Converts the next argument — a brace group, a command or one character — and returns it.</summary>
    private string Argument()
    {
        SkipSpaces();
        var saved = _out;
        _out = new StringBuilder();
        if (_i < _s.Length)
        {
            var c = _s[_i];
            _i++;
            if (c == '{')
            {
                Run(stopAtBrace: true);
            }
            else if (c == '\\')
            {
                Command();
            }
            else
            {
                _out.Append(c);
            }
        }

        var text = _out.ToString();
        _out = saved;
        return text;
    }

    private void Accent(string arg, char mark, string name)
    {
        if (arg.Length == 0)
        {
            _out.Append(name.Length == 1 ? name : string.Empty);
            return;
        }

        // Accents on dotless i/j mean the ordinary letter with that accent.
        var first = arg[0] switch { 'ı' => 'i', 'ȷ' => 'j', var ch => ch };
        _out.Append(first).Append(mark).Append(arg.AsSpan(1));
    }
}
