using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LitTracker.Import;
using LitTracker.Sources;

namespace LitTracker.Tests.Import;

/// <summary>
/// The parsers' hand-written fast paths against the regular expressions they replaced (kept here
/// as the reference), on edge cases and on many random strings built from the characters that
/// matter to each pattern: the fast paths must never answer differently.
/// </summary>
public partial class FastPathEquivalenceTests
{
    private static readonly string[] Tokens =
    [
        "1", "2", "0", "9", "00", "2019", "10.", "1234", "12345", "1093", "123456789", "1234567890", ".5", "/", "-", "--", "---",
        " ", "  ", "\t", "\n", "\u00A0", "\u2028", "\u3000", "\u2013", "\u2014", "\u2010", "\u2015", "\u2212", "\u2016",
        ".", ",", ";", ":", "%2F", "%", "a", "B", "x", "Mar", "march", "Sept", "DEC", "jan.", "\u0130", "\u212A", "é", "٣",
        "doi:", "DOI ", "https://doi.org/", "http://dx.doi.org/", "pmid:", "PMID: ", "https://pubmed.ncbi.nlm.nih.gov/", "e23343",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Doi_TryParse_AnswersAsTheRegexDid(int seed)
    {
        string[] cases = ["10.1093/pm/pny256", "10.1093/PM/pny256.", "10.1234.5/x y", "10.1234./x", "10.123/x", "10.1234/", "10.1234/\n",
            "10.123456789/x", "10.1234567890/x", "10.12345678/x", "10.1234.56.7/x", "10.1234.56./x", "10.1234..5/x", " 10.1234/x; "];
        var random = new Random(seed);
        var shaped = Inputs(seed, []).Select(tail => string.Create(CultureInfo.InvariantCulture,
            $"10.{random.Next(0, 2_000_000_000) % (int)Math.Pow(10, random.Next(3, 11))}{(random.Next(3) == 0 ? "." + random.Next(100).ToString(CultureInfo.InvariantCulture) : string.Empty)}/{tail}"));
        foreach (var text in Inputs(seed, cases).Concat(shaped))
        {
            var expected = ReferenceDoi(text);
            var actual = Doi.TryParse(text, out var doi) ? doi.Value : null;
            Assert.True(expected == actual, $"'{Escape(text)}': expected {expected ?? "none"}, got {actual ?? "none"}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pmid_TryParse_AnswersAsTheRegexDid(int seed)
    {
        foreach (var text in Inputs(seed, ["0", "000", "0001", "123456789", "1234567890", "0001234567890", " 42 ", "42/", "٣"]))
        {
            var expected = ReferencePmid(text);
            var actual = Pmid.TryParse(text, out var pmid) ? pmid.Value : (long?)null;
            Assert.True(expected == actual, $"'{Escape(text)}': expected {expected}, got {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pages_AnswersAsTheRegexDid(int seed)
    {
        foreach (var text in Inputs(seed, ["200-210", "200--210", "200 – 210", "e23343", " - ", "--", "1-2-3", "a \u2212 b"]))
        {
            var expected = string.IsNullOrWhiteSpace(text) ? null : DashPattern().Replace(text.Trim(), "-");
            Assert.Equal(expected, ImportValues.Pages(text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryDateAndMonth_AnswerAsTheRegexDid(int seed)
    {
        foreach (var text in Inputs(seed, ["2019", "2019-03", "2019-03-05", "2019-02-30", "2019-13-01", "2019-00", "2019-1-5", "0000", "2019-03-5x", "2019/03/05"]))
        {
            // Year 0 ("0000", a placeholder) and non-ASCII digits are no date: both must agree on that too.
            var expected = Capture(() => ReferenceDate(text));
            var actual = Capture(() => ImportValues.TryDate(text, out var y, out var m, out var d) ? (y, m, d) : ((int, int?, int?)?)null);
            Assert.True(expected == actual, $"'{Escape(text)}': expected {expected}, got {actual}");
            Assert.Equal(ReferenceMonth(text), ImportValues.Month(text));
        }
    }

    private static IEnumerable<string> Inputs(int seed, string[] fixedCases)
    {
        foreach (var text in fixedCases)
        {
            yield return text;
        }

        var random = new Random(seed);
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            sb.Clear();
            for (var n = random.Next(1, 7); n > 0; n--)
            {
                sb.Append(Tokens[random.Next(Tokens.Length)]);
            }

            yield return sb.ToString();
        }
    }

    private static string Capture(Func<object?> run)
    {
        try
        {
            return Convert.ToString(run(), CultureInfo.InvariantCulture) ?? "null";
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or FormatException)
        {
            return "throws " + ex.GetType().Name;
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));

    private static string? ReferenceDoi(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        var match = DoiPrefix().Match(s);
        if (match.Success)
        {
            s = s[match.Length..];
        }

        if (s.Contains('%', StringComparison.Ordinal))
        {
            s = Uri.UnescapeDataString(s);
        }

        s = s.TrimEnd('.', ',', ';');
        return DoiShape().IsMatch(s) ? s.ToLowerInvariant() : null;
    }

    private static long? ReferencePmid(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = PmidPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var value = long.Parse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return value > 0 ? value : null;
    }

    private static (int, int?, int?)? ReferenceDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return null;
        }

        var month = match.Groups["m"].Success ? ReferenceMonth(match.Groups["m"].Value) : null;
        int? day = null;
        if (month is not null && match.Groups["d"].Success
            && int.TryParse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            day = d;
        }

        return (year, month, day);
    }

    private static int? ReferenceMonth(string? text)
    {
        string[] names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var s = text?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        var index = s.Length >= 3 ? Array.IndexOf(names, s[..3]) : -1;
        return index >= 0 ? index + 1 : null;
    }

    [GeneratedRegex(@"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoiShape();

    [GeneratedRegex(@"^(?:pmid:?\s*|(?:https?://)?(?:pubmed\.ncbi\.nlm\.nih\.gov/|www\.ncbi\.nlm\.nih\.gov/pubmed/))?0*(?<id>[0-9]{1,9})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmidPattern();

    [GeneratedRegex(@"\s*(?:-+|[\u2010-\u2015\u2212])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})(?:\s*[-/ ]\s*(?<m>[0-9]{1,2}|[A-Za-z]{3,9}\.?)?(?:\s*[-/ ]\s*(?<d>[0-9]{1,2})?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
