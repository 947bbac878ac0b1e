using System.Collections.Frozen;

namespace LitTracker.Import.Bibtex;

/// <summary>Lookup tables for <see cref="LatexConverter"/>.</summary>
internal static class LatexSymbols
{
    /// <summary>Accent commands and the Unicode combining mark each adds.</summary>
    public static readonly FrozenDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["'"] = '\u0301',
        ["`"] = '\u0300',
        ["^"] = '\u0302',
        ["\""] = '\u0308',
        ["~"] = '\u0303',
        ["="] = '\u0304',
        ["."] = '\u0307',
        ["u"] = '\u0306',
        ["v"] = '\u030C',
        ["H"] = '\u030B',
        ["c"] = '\u0327',
        ["k"] = '\u0328',
        ["r"] = '\u030A',
        ["d"] = '\u0323',
        ["b"] = '\u0331',
        ["t"] = '\u0361',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands that stand for one or more characters and take no argument.</summary>
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ss"] = "ß",
        ["SS"] = "SS",
        ["o"] = "ø",
        ["O"] = "Ø",
        ["ae"] = "æ",
        ["AE"] = "Æ",
        ["oe"] = "œ",
        ["OE"] = "Œ",
        ["aa"] = "å",
        ["AA"] = "Å",
        ["l"] = "ł",
        ["L"] = "Ł",
        ["i"] = "ı",
        ["j"] = "ȷ",
        ["dh"] = "ð",
        ["DH"] = "Ð",
        ["th"] = "þ",
        ["TH"] = "Þ",
        ["ng"] = "ŋ",
        ["NG"] = "Ŋ",
        ["dj"] = "đ",
        ["DJ"] = "Đ",
        ["textendash"] = "–",
        ["textemdash"] = "—",
        ["textasciitilde"] = "~",
        ["textasciicircum"] = "^",
        ["textbackslash"] = "\\",
        ["textbar"] = "|",
        ["textless"] = "<",
        ["textgreater"] = ">",
        ["textquotedblleft"] = "“",
        ["textquotedblright"] = "”",
        ["textquoteleft"] = "‘",
        ["textquoteright"] = "’",
        ["textregistered"] = "®",
        ["texttrademark"] = "™",
        ["copyright"] = "©",
        ["textcopyright"] = "©",
        ["S"] = "§",
        ["P"] = "¶",
        ["dag"] = "†",
        ["ddag"] = "‡",
        ["pounds"] = "£",
        ["euro"] = "€",
        ["texteuro"] = "€",
        ["textdegree"] = "°",
        ["degree"] = "°",
        ["ldots"] = "…",
        ["dots"] = "…",
        ["textellipsis"] = "…",
        ["textperiodcentered"] = "·",
        ["guillemotleft"] = "«",
        ["guillemotright"] = "»",
        ["quad"] = " ",
        ["qquad"] = " ",
        ["textunderscore"] = "_",
        ["textmu"] = "µ",
        ["textpm"] = "±",
        ["pm"] = "±",
        ["times"] = "×",
        ["texttimes"] = "×",
        ["div"] = "÷",
        ["leq"] = "≤",
        ["le"] = "≤",
        ["geq"] = "≥",
        ["ge"] = "≥",
        ["neq"] = "≠",
        ["approx"] = "≈",
        ["sim"] = "∼",
        ["infty"] = "∞",
        ["to"] = "→",
        ["rightarrow"] = "→",
        ["leftarrow"] = "←",
        ["cdot"] = "·",
        ["prime"] = "′",
        ["circ"] = "∘",
        ["textperthousand"] = "‰",
        ["textdollar"] = "$",
        ["textsterling"] = "£",
        ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX",
        ["alpha"] = "α",
        ["beta"] = "β",
        ["gamma"] = "γ",
        ["delta"] = "δ",
        ["epsilon"] = "ε",
        ["varepsilon"] = "ε",
        ["zeta"] = "ζ",
        ["eta"] = "η",
        ["theta"] = "θ",
        ["vartheta"] = "ϑ",
        ["iota"] = "ι",
        ["kappa"] = "κ",
        ["lambda"] = "λ",
        ["mu"] = "μ",
        ["nu"] = "ν",
        ["xi"] = "ξ",
        ["pi"] = "π",
        ["rho"] = "ρ",
        ["sigma"] = "σ",
        ["tau"] = "τ",
        ["upsilon"] = "υ",
        ["phi"] = "φ",
        ["varphi"] = "φ",
        ["chi"] = "χ",
        ["psi"] = "ψ",
        ["omega"] = "ω",
        ["Gamma"] = "Γ",
        ["Delta"] = "Δ",
        ["Theta"] = "Θ",
        ["Lambda"] = "Λ",
        ["Xi"] = "Ξ",
        ["Pi"] = "Π",
        ["Sigma"] = "Σ",
        ["Upsilon"] = "Υ",
        ["Phi"] = "Φ",
        ["Psi"] = "Ψ",
        ["Omega"] = "Ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Formatting commands whose single argument is kept as plain text.</summary>
    public static readonly FrozenSet<string> KeepArgument = new[]
    {
        "textit", "emph", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textmd", "textsl",
        "textnormal", "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathbb", "text", "mbox",
        "hbox", "fbox", "enquote", "mkbibquote", "mkbibemph", "mkbibitalic", "mkbibbold", "NoCaseChange",
        "nocase", "MakeUppercase", "MakeLowercase", "uppercase", "lowercase", "url", "path", "doi",
        "textnumero", "ensuremath", "bibstring", "underline", "uline", "sout", "textcolor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Commands whose argument is dropped (sorting hints, labels, environments).</summary>
    public static readonly FrozenSet<string> DropArgument = new[]
    {
        "noopsort", "sortkey", "label", "index", "begin", "end", "hyphenation", "vspace", "hspace",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Font switches and spacing commands that print nothing.</summary>
    public static readonly FrozenSet<string> Declarations = new[]
    {
        "it", "bf", "em", "sc", "rm", "sf", "tt", "sl", "up", "md", "normalfont", "relax", "protect",
        "displaystyle", "textstyle", "scriptstyle", "small", "large", "Large", "footnotesize", "tiny",
        "huge", "Huge", "bfseries", "itshape", "scshape", "upshape", "mdseries", "nobreak", "allowbreak",
        "ignorespaces", "unskip", "xspace", "normalsize", "scriptsize", "selectfont",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const string Digits = "0123456789+-=()ni";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙᵢ";

    /// <summary>Superscript or subscript form of <paramref name="text"/>, or the text unchanged when a character has none.</summary>
    public static string Script(string text, bool superscript)
    {
        var table = superscript ? Superscripts : Subscripts;
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var index = Digits.IndexOf(text[i], StringComparison.Ordinal);
            if (index < 0)
            {
                return text;
            }

            chars[i] = table[index];
        }

        return new string(chars);
    }
}
