using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LitTracker.Sources;

/// <summary>
/// A Digital Object Identifier in its one canonical form: the bare <c>10.prefix/suffix</c>,
/// lower-cased (DOIs are case-insensitive by the DOI Handbook), with any resolver or
/// <c>doi:</c> prefix stripped, percent-escapes decoded and trailing sentence punctuation
/// (<c>. , ;</c>) dropped.
/// </summary>
public readonly partial record struct Doi
{
    private static readonly char[] SentencePunctuation = ['.', ',', ';'];

    private Doi(string value) => Value = value;

    /// <summary>The canonical form, e.g. <c>10.1093/pm/pny256</c>.</summary>
    public string Value { get; }

    /// <summary>The resolver URL, <c>https://doi.org/…</c>.</summary>
    public string Url => "https://doi.org/" + Value;

    /// <summary>Parses a DOI written bare, as <c>doi:…</c> or as a doi.org / dx.doi.org URL.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Doi doi)
    {
        doi = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (!s.StartsWith("10.", StringComparison.Ordinal))
        {
            // Every prefix starts with a letter, so a bare DOI skips the regex.
            var match = PrefixPattern().Match(s);
            if (match.Success)
            {
                s = s[match.Length..];
            }
        }

        if (s.Contains('%', StringComparison.Ordinal))
        {
            s = Uri.UnescapeDataString(s);
        }

        // A DOI copied from a reference list or a sentence keeps the full stop or comma after it;
        // registered DOIs practically never end in one, and reference managers (Zotero's cleanDOI)
        // drop it too, so "10.1001/jama.2016.0287." is the same work as "10.1001/jama.2016.0287".
        s = s.TrimEnd(SentencePunctuation);

        if (!HasShape(s))
        {
            return false;
        }

        doi = new Doi(s.ToLowerInvariant());
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with a message a user can act on.</summary>
    public static Doi Parse(string text) => TryParse(text, out var doi)
        ? doi
        : throw new FormatException($"'{text}' is not a DOI: expected 10.<registrant>/<suffix>, e.g. 10.1093/pm/pny256.");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // Registrant codes are 4-9 digits with optional dotted sub-parts; the suffix is any
    // printable, non-space run (Crossref's own recommended pattern, loosened for old DOIs):
    // ^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+\z, ASCII digits only, checked by hand because it is on
    // every imported record's path. No backtracking could match where this fails: every digit
    // run is followed by '.', '/' or nothing.
    private static bool HasShape(string s)
    {
        if (!s.StartsWith("10.", StringComparison.Ordinal))
        {
            return false;
        }

        var i = 3;
        var digits = Digits(s, i);
        if (digits is < 4 or > 9)
        {
            return false;
        }

        i += digits;
        while (i < s.Length && s[i] == '.')
        {
            digits = Digits(s, i + 1);
            if (digits == 0)
            {
                return false;
            }

            i += 1 + digits;
        }

        if (i + 1 >= s.Length || s[i] != '/')
        {
            return false;
        }

        for (i++; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(string s, int start)
    {
        var i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    [GeneratedRegex(@"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
