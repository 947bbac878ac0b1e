using System.Globalization;
using System.Text.RegularExpressions;
using LitTracker.Analysis.Text;
using LitTracker.Articles;

namespace LitTracker.Analysis.Markers;

/// <summary>
/// Finds in-text citation markers: bracketed numbers ("[1]", "[1–3, 5]", "[^2]"), parenthesised
/// numbers at a clause end ("… pain (1)."), superscripts (marked up, or flattened into the text
/// after a word: "infection17,18.", "study9."), author–year ("(Law et al., 2019)", "(Smith 2020;
/// Lee 2021)", "Law and Hunt (2019)") and identifiers (DOI, PMID, URL, and links in the markup).
/// Numbers above <see cref="MaxReference"/> and four-digit years are never taken as references.
/// </summary>
public static partial class MarkerFinder
{
    /// <summary>The largest number read as a reference position.</summary>
    public const int MaxReference = 400;

    /// <summary>The markers in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.</summary>
    public static IReadOnlyList<FoundMarker> Find(PlainText text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        var found = new List<FoundMarker>();
        void Add(MarkerKind kind, int start, int end, IReadOnlyList<int> numbers, string? id)
        {
            if (!found.Exists(f => f.Start < end && start < f.End))
            {
                found.Add(new FoundMarker(kind, s[start..end], start, end, numbers, id));
            }
        }

        foreach (var link in text.Links.Where(l => l.Start >= from && l.End <= to))
        {
            if (link.IsSuperscript)
            {
                var numbers = Numbers(s[link.Start..link.End]);
                if (numbers.Count > 0)
                {
                    Add(MarkerKind.Superscript, link.Start, link.End, numbers, null);
                }
            }
            else if (link.Target is { Length: > 0 } target && Identifier(target) is { } id)
            {
                Add(MarkerKind.Identifier, link.Start, link.End, [], id);
            }
        }

        foreach (Match m in Doi().Matches(s[from..to]))
        {
            Add(MarkerKind.Identifier, from + m.Index, from + m.Index + m.Length, [], m.Value.TrimEnd('.', ',', ';', ')'));
        }

        foreach (Match m in Url().Matches(s[from..to]))
        {
            var value = m.Value.TrimEnd('.', ',', ';', ')');
            Add(MarkerKind.Identifier, from + m.Index, from + m.Index + value.Length, [], Identifier(value) ?? value);
        }

        foreach (Match m in Pmid().Matches(s[from..to]))
        {
            Add(MarkerKind.Identifier, from + m.Index, from + m.Index + m.Length, [], "pmid:" + m.Groups[1].Value);
        }

        var span = s[from..to];
        // "(1) … (2) …" enumerates; without that, a number in parentheses inside the sentence
        // ("our prior observations (29) and other reports") names a reference like one before a full stop.
        var inline = Enumeration().IsMatch(span) ? null : ParenInline();
        foreach (var (regex, kind) in new[] { (Bracket(), MarkerKind.Numeric), (Paren(), MarkerKind.Numeric), (inline, MarkerKind.Numeric), (EtAlNumber(), MarkerKind.Numeric), (Flattened(), MarkerKind.Superscript), (AfterPunctuation(), MarkerKind.Superscript), (SpacedAtEnd(), MarkerKind.Superscript) })
        {
            if (regex is null)
            {
                continue;
            }

            foreach (Match m in regex.Matches(span))
            {
                var g = m.Groups["n"];
                var numbers = Numbers(g.Value);
                if (numbers.Count > 0)
                {
                    var start = kind == MarkerKind.Superscript ? g.Index : m.Index;
                    var end = kind == MarkerKind.Superscript ? g.Index + g.Length : m.Index + m.Length;
                    Add(kind, from + start, from + end, numbers, null);
                }
            }
        }

        // "[citation]", "(Citation)": a marker whose reference the source replaced by a placeholder; no target.
        foreach (Match m in Placeholder().Matches(span))
        {
            Add(MarkerKind.Numeric, from + m.Index, from + m.Index + m.Length, [], null);
        }

        foreach (var regex in new[] { AuthorYearParen(), AuthorYearNarrative(), AuthorYearList() })
        {
            foreach (Match m in regex.Matches(span))
            {
                Add(MarkerKind.AuthorYear, from + m.Index, from + m.Index + m.Length, [], m.Groups["who"].Value.Split(' ')[0] + " " + m.Groups["year"].Value);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"1–3, 5" → 1, 2, 3, 5 (ranges of at most 50; years and numbers above <see cref="MaxReference"/> refused).</summary>
    public static IReadOnlyList<int> Numbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<int>();
        // "28 29 30" (superscripts flattened with spaces) lists like "28,29,30"; "1 – 3" stays a range.
        var list = DashSpaces().Replace(text.Trim('^', ' '), "$1");
        foreach (var part in list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !range.All(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= MaxReference))
            {
                return [];
            }

            var a = int.Parse(range[0], CultureInfo.InvariantCulture);
            var b = range.Length == 2 ? int.Parse(range[1], CultureInfo.InvariantCulture) : a;
            if (b < a || b - a > 50)
            {
                return [];
            }

            for (var v = a; v <= b; v++)
            {
                result.Add(v);
            }
        }

        return result;
    }

    /// <summary>"doi:…", "https://doi.org/…" and PubMed links → a DOI or pmid:N; other http(s) URLs as they are; else null.</summary>
    public static string? Identifier(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var doi = Doi().Match(target);
        if (doi.Success)
        {
            return doi.Value.TrimEnd('.', ',', ';', ')');
        }

        var pubmed = PubMedUrl().Match(target);
        if (pubmed.Success)
        {
            return "pmid:" + pubmed.Groups[1].Value;
        }

        return target.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? target : null;
    }

    [GeneratedRegex(@"\[(?<n>\^?\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"(?<=[\p{L}\p{P}]\s?)\((?<n>\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)\)(?=\s*[.,;:]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Paren();

    // The same inside a sentence, before a lower-case word: "(29) and", "(17, 25, 28) that", "(15) provide".
    [GeneratedRegex(@"(?<=\p{L}\s?)\((?<n>\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)\)(?=\s+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex ParenInline();

    [GeneratedRegex(@"\(1\)\s*\p{L}.*\(2\)\s*\p{L}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Enumeration();

    // A lower-case word (capitalised at most; or a closing bracket or "al.") with digits glued to it
    // and punctuation or a space after: "infection17,18.", "studies25," — not "IL6", "CD34", "T2DM",
    // "rs7574865" or "GYPCΔex3". A comma list glued to any letter ("miR-5582-5p61,62.") is one too.
    [GeneratedRegex(@"(?:(?<=(?<![\p{L}\p{N}])[A-Z]?[a-z]{2,})|(?<=[\)\]])|(?<=\p{L}(?=\d{1,3}(?:[-–]\d{1,3})?,\d))|(?<=al\.))(?<n>\d{1,3}(?:[-–]\d{1,3})?(?:,\d{1,3}(?:[-–]\d{1,3})?)*)(?=[.,;:]?(?:\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Flattened();

    [GeneratedRegex(@"[(\[](?<who>[A-Z][\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\p{L}'’-]+)?),?\s+(?<year>(?:19|20)\d{2})[a-z]?(?:\s*[;,]\s*[^()\[\]]{0,80})?[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorYearParen();

    [GeneratedRegex(@"(?<who>[A-Z][\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\p{L}'’-]+)?)\s+\((?<year>(?:19|20)\d{2})[a-z]?\)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorYearNarrative();

    // Superscripts flattened with a space by PDF extraction, at the very end of a sentence: "… progression 5." / "… 28 29 30."
    [GeneratedRegex(@"(?<=[A-Za-z]{2}\s)(?<n>\d{1,3}(?:[-–]\d{1,3})?(?:(?:,\s?|\s)\d{1,3}(?:[-–]\d{1,3})?)*)(?=\.\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedAtEnd();

    // "(LaPlante, Caldji, Sharma, & Plotsky, 1996; Liu et al 2000)", also in square brackets.
    [GeneratedRegex(@"[(\[](?<who>[A-Z][\p{L}'’-]+)[^()\[\]]{0,250}?(?:et al\.?,?|,)\s*(?<year>(?:19|20)\d{2})[a-z]?[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorYearList();

    // A number right after "et al" names the reference: "Lind et al 14", "Sapone et al. (30)" — not
    // "Zhang et al, 13 used" (a comma then a count) or "et al 2003" (a year, refused by Numbers).
    [GeneratedRegex(@"\bet al\.?\s*(?:(?<n>\d{1,3}(?:[-–]\d{1,3})?)(?=[\s.,;:)]|$)(?![.,]\d)|\((?<n>\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\))", RegexOptions.CultureInvariant)]
    private static partial Regex EtAlNumber();

    [GeneratedRegex(@"[\[(]citations?(?:,\s*(?:19|20)\d{2}[a-z]?)?[\])]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // Superscripts flattened after the full stop or comma they followed: "… cells.20 SQLE is",
    // "… studies,7,10–12 although", "… forms of PAD.9,10 IPH" — a word of two letters (lower case, or
    // an upper-case abbreviation; or ")", "%") before, a word after; not "1.5".
    [GeneratedRegex(@"(?:(?<=[a-z]{2}[.,])|(?<=[A-Z]{2}[.,])|(?<=[)%][.,]))(?<n>\d{1,3}(?:[-–]\d{1,3})?(?:,\d{1,3}(?:[-–]\d{1,3})?)*)(?=\s+[\p{L}(]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPunctuation();

    [GeneratedRegex(@"\s*([-–—])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashSpaces();

    [GeneratedRegex(@"\b10\.\d{4,9}/[^\s""<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex Doi();

    [GeneratedRegex(@"https?://[^\s""<>\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\bPMID:?\s*(\d{1,9})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pmid();

    [GeneratedRegex(@"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{1,9})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PubMedUrl();
}
