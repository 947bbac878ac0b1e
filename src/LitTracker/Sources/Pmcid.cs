using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LitTracker.Sources;

/// <summary>
/// A PubMed Central identifier. Canonical form is upper-case <c>PMC</c> followed by the number
/// without leading zeros, e.g. <c>PMC7843474</c>.
/// </summary>
public readonly partial record struct Pmcid
{
    private Pmcid(long number) => Number = number;

    /// <summary>The numeric part.</summary>
    public long Number { get; }

    /// <summary>The canonical form, <c>PMC</c> + number.</summary>
    public string Value => "PMC" + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>PMC123</c>, <c>pmcid:PMC123</c> or a PMC article URL.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Pmcid pmcid)
    {
        pmcid = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var number = long.Parse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (number <= 0)
        {
            return false;
        }

        pmcid = new Pmcid(number);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with a message a user can act on.</summary>
    public static Pmcid Parse(string text) => TryParse(text, out var pmcid)
        ? pmcid
        : throw new FormatException($"'{text}' is not a PMCID: expected PMC followed by digits, e.g. PMC7843474.");

    /// <inheritdoc />
    public override string ToString() => Value;

    // [0-9], not \d: \d admits any Unicode digit, which long.Parse then rejects by throwing.
    [GeneratedRegex(@"^(?:pmcid:?\s*|(?:https?://)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov/pmc/articles/|pmc\.ncbi\.nlm\.nih\.gov/articles/))?PMC(?<id>[0-9]{1,10})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
