using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LitTracker.Sources;

/// <summary>
/// A PubMed identifier: a positive integer of at most nine digits. Canonical form is the
/// number without leading zeros (exports that pad with zeros are accepted). Accepts <c>pmid:123</c>,
/// <c>PMID: 123</c> and PubMed URLs.
/// </summary>
public readonly partial record struct Pmid
{
    private Pmid(long value) => Value = value;

    /// <summary>The numeric identifier.</summary>
    public long Value { get; }

    /// <summary>The PubMed page for this record.</summary>
    public string Url => $"https://pubmed.ncbi.nlm.nih.gov/{ToString()}/";

    /// <summary>Parses a PMID written bare, with a <c>pmid:</c> prefix, or as a PubMed URL.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Pmid pmid)
    {
        pmid = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // Digits only, the usual case: what the pattern's 0*(?<id>[0-9]{1,9}) reads.
            var id = trimmed.AsSpan().TrimStart('0');
            id = id.IsEmpty ? trimmed.AsSpan(trimmed.Length - 1) : id;
            var number = id.Length > 9 ? 0 : long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number <= 0)
            {
                return false;
            }

            pmid = new Pmid(number);
            return true;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        // Retraction Watch writes PMID 0 for "none"; that is not an identifier.
        var value = long.Parse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value <= 0)
        {
            return false;
        }

        pmid = new Pmid(value);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with a message a user can act on.</summary>
    public static Pmid Parse(string text) => TryParse(text, out var pmid)
        ? pmid
        : throw new FormatException($"'{text}' is not a PMID: expected a positive whole number of up to 9 digits, e.g. 32661635.");

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    // [0-9], not \d: \d admits any Unicode digit, which long.Parse then rejects by throwing.
    [GeneratedRegex(@"^(?:pmid:?\s*|(?:https?://)?(?:pubmed\.ncbi\.nlm\.nih\.gov/|www\.ncbi\.nlm\.nih\.gov/pubmed/))?0*(?<id>[0-9]{1,9})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
