using System.Globalization;
using System.Text;

namespace LitTracker.Reports.Csl;

/// <summary>Numeric tests and number forms (ordinal, long-ordinal, roman).</summary>
internal static class CslNumbers
{
    /// <summary>
    /// CSL's is-numeric: one or more numbers, each optionally with letter affixes ("12a", "A1"),
    /// joined by hyphens, en dashes, commas or ampersands.
    /// </summary>
    public static bool IsNumeric(string value)
    {
        var sawDigit = false;
        var tokenHasDigit = false;
        var tokenLength = 0;
        foreach (var c in value)
        {
            if (c is '-' or '\u2013' or ',' or '&' or ' ')
            {
                if (tokenLength > 0 && !tokenHasDigit)
                {
                    return false;
                }

                tokenLength = 0;
                tokenHasDigit = false;
                continue;
            }

            if (char.IsDigit(c))
            {
                tokenHasDigit = true;
                sawDigit = true;
            }
            else if (!char.IsLetter(c))
            {
                return false;
            }

            tokenLength++;
        }

        return sawDigit && (tokenLength == 0 || tokenHasDigit);
    }

    /// <summary>True when the value holds more than one number (a range or list): labels go plural.</summary>
    public static bool IsPlural(string value)
    {
        var numbers = 0;
        var inNumber = false;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    numbers++;
                }

                inNumber = true;
            }
            else
            {
                inNumber = false;
            }
        }

        return numbers > 1 && (value.Contains('-', StringComparison.Ordinal) || value.Contains('\u2013', StringComparison.Ordinal)
            || value.Contains(',', StringComparison.Ordinal) || value.Contains('&', StringComparison.Ordinal) || value.Contains(" and ", StringComparison.Ordinal));
    }

    /// <summary>Formats every whole number in <paramref name="value"/> with <paramref name="form"/>; hyphens between numbers become en dashes.</summary>
    public static string Format(string value, string form, CslLocale locale)
    {
        var builder = new StringBuilder(value.Length + 4);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < value.Length && char.IsDigit(value[i]))
                {
                    i++;
                }

                var digits = value[start..i];
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (i == value.Length || !char.IsLetter(value[i])) && (start == 0 || !char.IsLetter(value[start - 1])))
                {
                    builder.Append(form switch
                    {
                        "ordinal" => n.ToString(CultureInfo.InvariantCulture) + locale.OrdinalSuffix(n),
                        "long-ordinal" => n is >= 1 and <= 10 ? locale.Term("long-ordinal-" + n.ToString("D2", CultureInfo.InvariantCulture)) ?? digits : n.ToString(CultureInfo.InvariantCulture) + locale.OrdinalSuffix(n),
                        "roman" => Roman(n),
                        _ => n.ToString(CultureInfo.InvariantCulture),
                    });
                }
                else
                {
                    builder.Append(digits);
                }

                continue;
            }

            if (c == '-' && builder.Length > 0 && char.IsDigit(builder[^1]) && i + 1 < value.Length && char.IsDigit(value[i + 1]))
            {
                builder.Append('\u2013');
            }
            else if (c == ' ' && i + 2 < value.Length && value[i + 1] == '-' && value[i + 2] == ' ')
            {
                builder.Append('\u2013');
                i += 3;
                continue;
            }
            else
            {
                builder.Append(c);
            }

            i++;
        }

        return builder.ToString();
    }

    public static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var builder = new StringBuilder();
        for (var k = 0; k < values.Length; k++)
        {
            while (n >= values[k])
            {
                builder.Append(symbols[k]);
                n -= values[k];
            }
        }

        return builder.ToString();
    }
}
