using System.Text;

namespace LitTracker.Reports.Csl;

/// <summary>Page-range formats of CSL 1.0.2 (expanded, minimal, minimal-two, chicago, chicago-16).</summary>
internal static class CslPageRange
{
    /// <summary>The first page of a range or list ("5441" of "5441-5444").</summary>
    public static string? First(string? pages)
    {
        if (pages is null)
        {
            return null;
        }

        var cut = pages.AsSpan().IndexOfAny("-\u2013,&");
        return (cut < 0 ? pages : pages[..cut]).Trim();
    }

    /// <summary>Formats every range in <paramref name="value"/>; ranges it cannot read stay as they are.</summary>
    public static string Format(string value, string? format, string delimiter)
    {
        if (value.IndexOfAny(['-', '\u2013']) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 4);
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] is ',' or '&')
            {
                builder.Append(Range(value[start..i], format, delimiter));
                if (i < value.Length)
                {
                    builder.Append(value[i]);
                }

                start = i + 1;
            }
        }

        return builder.ToString();
    }

    private static string Range(string part, string? format, string delimiter)
    {
        var dash = part.IndexOfAny(['-', '\u2013']);
        if (dash < 0 || part.IndexOfAny(['-', '\u2013'], dash + 1) >= 0)
        {
            return part;
        }

        var leading = part.Length - part.TrimStart().Length;
        var trailing = part.Length - part.TrimEnd().Length;
        var left = part[..dash].Trim();
        var right = part[(dash + 1)..].Trim();
        var unchanged = new string(' ', leading) + left + "-" + right + new string(' ', trailing);
        if (!Split(left, out var leftPrefix, out var a) || !Split(right, out var rightPrefix, out var b))
        {
            return unchanged;
        }

        if (!string.Equals(leftPrefix, rightPrefix, StringComparison.Ordinal) && !(rightPrefix.Length == 0 && leftPrefix.Length == 0))
        {
            return unchanged;
        }

        if (b.Length < a.Length)
        {
            b = a[..(a.Length - b.Length)] + b;
        }

        if (b.Length > 9 || a.Length > 9 || long.Parse(b, System.Globalization.CultureInfo.InvariantCulture) <= long.Parse(a, System.Globalization.CultureInfo.InvariantCulture))
        {
            return unchanged;
        }

        if (b.Length > a.Length)
        {
            return new string(' ', leading) + leftPrefix + a + delimiter + rightPrefix + b + new string(' ', trailing);
        }

        var shown = format switch
        {
            "minimal" => Minimal(a, b, 1),
            "minimal-two" => Minimal(a, b, 2),
            "chicago" or "chicago-15" => Chicago(a, b, fifteenth: true),
            "chicago-16" => Chicago(a, b, fifteenth: false),
            _ => b,
        };
        var repeatPrefix = shown.Length == b.Length ? rightPrefix : string.Empty;
        return new string(' ', leading) + leftPrefix + a + delimiter + repeatPrefix + shown + new string(' ', trailing);
    }

    private static bool Split(string text, out string prefix, out string digits)
    {
        var i = 0;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        prefix = text[..i];
        digits = text[i..];
        if (digits.Length == 0)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Minimal(string a, string b, int keep)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        var shown = b[i..];
        return shown.Length < keep && b.Length >= keep ? b[^keep..] : shown;
    }

    private static string Chicago(string a, string b, bool fifteenth)
    {
        var first = int.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        if (first < 100 || first % 100 == 0)
        {
            return b;
        }

        if (first % 100 < 10)
        {
            return Minimal(a, b, 1);
        }

        if (fifteenth && a.Length == 4)
        {
            var shown = Minimal(a, b, 2);
            return shown.Length > 2 ? b : shown;
        }

        return Minimal(a, b, 2);
    }
}
