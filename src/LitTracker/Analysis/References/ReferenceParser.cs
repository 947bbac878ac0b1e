using System.Globalization;
using System.Text.RegularExpressions;

namespace LitTracker.Analysis.References;

/// <summary>
/// Reads the fields of a printed reference line. Recognises Vancouver/AMA ("Law TY, Nguyen C.
/// Title. Journal. 2019;20(3):1-2. doi:…") and APA ("Law, T. Y., &amp; Hunt, J. (2019). Title.
/// Journal, …") shapes, DOIs, PMIDs and URLs, and access notes ("Accessed on …", "Retrieved …"),
/// which are removed before the title is taken. Never throws on odd input.
/// </summary>
public static partial class ReferenceParser
{
    /// <summary>Parses one line.</summary>
    public static ReferenceFields Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Replace('\u00a0', ' ').Trim();
        int? label = null;
        var number = LabelAny().Match(text);
        if (number.Success)
        {
            label = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
            text = text[number.Length..].Trim();
        }

        var doi = Sources.Doi.TryParse(DoiText().Match(text).Value, out var d) ? d.Value : null;
        var pmidMatch = PmidText().Match(text);
        var pmid = pmidMatch.Success ? pmidMatch.Groups[1].Value.TrimStart('0') : null;
        var urlMatch = UrlText().Match(text);
        var url = urlMatch.Success ? urlMatch.Value.TrimEnd('.', ',', ';', ')') : null;
        var stripped = Access().Replace(text, string.Empty);
        stripped = IdentifierTail().Replace(stripped, string.Empty).Trim().TrimEnd('.', ' ');
        var yearMatch = Year().Match(stripped);
        int? year = yearMatch.Success ? int.Parse(yearMatch.Value, CultureInfo.InvariantCulture) : null;

        string? author = null;
        string? container = null;
        var segments = Segments(stripped);
        var candidates = new List<string>();
        var apa = Apa().Match(stripped);
        if (apa.Success)
        {
            author = apa.Groups["family"].Value;
            var rest = stripped[(apa.Index + apa.Length)..].Trim();
            var parts = Segments(rest);
            candidates.AddRange(parts.Take(1));
            container = parts.Skip(1).FirstOrDefault();
        }
        else if (segments.Count >= 2 && Authors().IsMatch(segments[0]))
        {
            author = segments[0].Split(' ', ',')[0];
            candidates.Add(segments[1]);
            container = segments.Count > 2 ? segments[2] : null;
        }

        candidates.AddRange(segments.Where(s => !candidates.Contains(s)));
        if (candidates.Count == 0 && stripped.Length > 0)
        {
            candidates.Add(stripped);
        }

        // A bare title "Stem cells for pain." is one segment; keep the whole line too, for titles with inner full stops.
        if (!candidates.Contains(stripped) && stripped.Length > 0)
        {
            candidates.Add(stripped);
        }

        if (container is not null && Year().IsMatch(container) && container.Length < 12)
        {
            container = null;
        }

        return new ReferenceFields(label, author, year, candidates.FirstOrDefault(), container, doi, pmid, url, candidates);
    }

    /// <summary>Splits on ". " (not inside initials or abbreviations), dropping empty and numeric-only segments.</summary>
    private static List<string> Segments(string text) =>
        [.. SegmentBreak().Split(text).Select(s => s.Trim().TrimEnd('.').Trim()).Where(s => s.Length > 3 && !NumericOnly().IsMatch(s))];

    [GeneratedRegex(@"^\s*\[?(\d{1,3})(?:\]|[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAny();

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s""<>]+[^\s""<>.,;)]", RegexOptions.CultureInvariant)]
    private static partial Regex DoiText();

    [GeneratedRegex(@"\bPMID:?\s*(\d{1,9})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PmidText();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlText();

    [GeneratedRegex(@"\s*(?:\[?(?:Accessed|Retrieved|Cited|Viewed|Last accessed)(?: on)?[^.\]]*\]?\.?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Access();

    [GeneratedRegex(@"\s*(?:(?:doi|DOI):?\s*10\.\S+|https?://\S+|PMID:?\s*\d+|PMCID:?\s*PMC\d+|Available (?:from|at):?)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierTail();

    [GeneratedRegex(@"(?<![\d/])(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<family>[\p{Lu}][\p{L}'’-]+),\s+(?:\p{Lu}\.\s?)+.*?\((?:19|20)\d{2}[a-z]?\)\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Apa();

    // "Law TY, Nguyen C" / "Smith J et al" — family names followed by initials.
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)? \p{Lu}{1,3}(?:,|$| et al)", RegexOptions.CultureInvariant)]
    private static partial Regex Authors();

    [GeneratedRegex(@"(?<=(?:[\p{Ll}\d)\]?!]|\b\p{Lu}{1,3})[.?!])\s+(?=[\p{Lu}\d\[(“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"^[\d\s;:().,–-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericOnly();
}
