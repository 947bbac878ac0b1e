using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LitTracker.Import;

namespace LitTracker.Sources.Duplicates.Evaluation;

/// <summary>
/// Runs the duplicate detector over a labelled JSON Lines file, one pair per line:
/// <c>{"dup":true,"kind":"typo","why":"…","a":{…},"b":{…}}</c>, each record with <c>t</c> (title, required),
/// <c>au</c> (authors as exported), <c>y</c> (year), <c>doi</c>, <c>pmid</c>, <c>type</c> (<c>preprint</c>) and
/// <c>j</c> (journal, not used by the detector). Each pair takes the import path: record a is indexed as
/// if already in the library, record b is looked up.
/// </summary>
public static partial class DuplicateEvaluator
{
    /// <summary>Scores the detector on the pairs in <paramref name="reader"/>.</summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <param name="file">Its name, for issues.</param>
    public static DuplicateEvaluationReport Evaluate(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var issues = new List<ImportIssue>();
        var errors = new List<DuplicateEvaluationError>();
        var kinds = new Dictionary<(string, bool), (int Pairs, int Correct)>();
        int tp = 0, fp = 0, fn = 0, tn = 0, line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (Read(text, file, line, issues) is not var (truth, kind, why, a, b))
            {
                continue;
            }

            var index = new DuplicateIndex();
            index.Add(a);
            var found = index.Find(b);
            var said = found is not null;
            (tp, fp, fn, tn) = (said, truth) switch
            {
                (true, true) => (tp + 1, fp, fn, tn),
                (true, false) => (tp, fp + 1, fn, tn),
                (false, true) => (tp, fp, fn + 1, tn),
                _ => (tp, fp, fn, tn + 1),
            };
            var score = kinds.GetValueOrDefault((kind, truth));
            kinds[(kind, truth)] = (score.Pairs + 1, score.Correct + (said == truth ? 1 : 0));
            if (said != truth)
            {
                errors.Add(new DuplicateEvaluationError(line, kind, truth, Title(text, "a"), Title(text, "b"), why, found?.Match));
            }
        }

        var kindScores = kinds
            .Select(k => new DuplicateKindScore(k.Key.Item1, k.Key.Item2, k.Value.Pairs, k.Value.Correct))
            .OrderByDescending(k => k.Duplicate).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        return new DuplicateEvaluationReport(tp + fp + fn + tn, tp, fp, fn, tn, kindScores, errors, issues);
    }

    /// <summary>
    /// The first author of an exported author list: a Vancouver list ("Horby P, Lim WS, et al."), a
    /// semicolon list of "Family, Given" names ("Horby, Peter; Lim, Wei Shen"), a single name in either
    /// form, or an organisation. A trailing "et al." and a generational suffix ("Jr") are set aside.
    /// </summary>
    /// <param name="authors">The author text; null or blank gives null.</param>
    public static Author? FirstAuthor(string? authors)
    {
        if (string.IsNullOrWhiteSpace(authors))
        {
            return null;
        }

        // Entities decoded before the split: "O&#8217;Donnell, J; …" is one name, not "O&#8217" and "Donnell, J".
        var first = EtAl().Replace(TitleKey.DecodeEntities(authors.Trim()), string.Empty).Split(';')[0].Trim();
        var comma = first.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var head = first[..comma].Trim();
            var tail = first[(comma + 1)..].Trim();
            if (!IsVancouver(head))
            {
                // As the importers read "Family, Given" (AuthorNames: particles, suffixes).
                return AuthorNames.Inverted(head, tail.Length == 0 ? null : tail);
            }

            first = head;
        }

        var (name, suffix) = SplitSuffix(first);
        return name.Length == 0 ? null : (AuthorNames.InitialsFirst(name) ?? Author.ParseVancouver(name)) with { Suffix = suffix };
    }

    private static (bool, string, string?, DuplicateCandidate, DuplicateCandidate)? Read(string text, string file, int line, List<ImportIssue> issues)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("dup", out var dup) || dup.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                || !root.TryGetProperty("a", out var a) || a.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("b", out var b) || b.ValueKind != JsonValueKind.Object)
            {
                issues.Add(Issue(file, line, "a pair needs \"dup\" (true/false) and records \"a\" and \"b\"; the line was skipped"));
                return null;
            }

            var kind = Text(root, "kind") ?? "unlabelled";
            var ca = Candidate(a, 1, file, line, "a", issues);
            var cb = Candidate(b, 0, file, line, "b", issues);
            return ca is null || cb is null ? null : (dup.GetBoolean(), kind, Text(root, "why"), ca, cb);
        }
        catch (JsonException ex)
        {
            issues.Add(new ImportIssue(file, line, (int?)ex.BytePositionInLine + 1, null, ImportSeverity.Error, $"not valid JSON ({ex.Message.Split('.')[0]}); the line was skipped"));
            return null;
        }
    }

    private static DuplicateCandidate? Candidate(JsonElement r, int id, string file, int line, string side, List<ImportIssue> issues)
    {
        if (Text(r, "t") is not { Length: > 0 } title)
        {
            issues.Add(Issue(file, line, $"record \"{side}\" has no title \"t\"; the line was skipped"));
            return null;
        }

        Doi? doi = null;
        if (Text(r, "doi") is { } doiText)
        {
            if (Doi.TryParse(doiText, out var d))
            {
                doi = d;
            }
            else
            {
                issues.Add(Warning(file, line, $"record \"{side}\": '{doiText}' is not a DOI; read as missing"));
            }
        }

        Pmid? pmid = null;
        if (Text(r, "pmid") is { } pmidText)
        {
            if (Pmid.TryParse(pmidText, out var p))
            {
                pmid = p;
            }
            else
            {
                issues.Add(Warning(file, line, $"record \"{side}\": '{pmidText}' is not a PMID; read as missing"));
            }
        }

        int? year = r.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yi) ? yi : null;
        var type = string.Equals(Text(r, "type"), "preprint", StringComparison.OrdinalIgnoreCase) ? SourceType.Preprint : SourceType.JournalArticle;
        return DuplicateCandidate.From(id, "pair" + line.ToString(CultureInfo.InvariantCulture) + side, doi, pmid, title, year, FirstAuthor(Text(r, "au")), type);
    }

    private static bool IsVancouver(string name)
    {
        var (rest, _) = SplitSuffix(name);
        var space = rest.LastIndexOf(' ');
        return space > 0 && rest[(space + 1)..] is { Length: >= 1 and <= 4 } initials && initials.All(char.IsUpper);
    }

    private static (string Name, string? Suffix) SplitSuffix(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && AuthorNames.IsSuffix(name[(space + 1)..]) ? (name[..space].Trim(), name[(space + 1)..]) : (name, null);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : null;

    private static string Title(string text, string side)
    {
        using var json = JsonDocument.Parse(text);
        return Text(json.RootElement.GetProperty(side), "t") ?? string.Empty;
    }

    private static ImportIssue Issue(string file, int line, string message) => new(file, line, null, null, ImportSeverity.Error, message);

    private static ImportIssue Warning(string file, int line, string message) => new(file, line, null, null, ImportSeverity.Warning, message);

    [GeneratedRegex(@"[,;]?\s*\bet\s+al\b\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();
}
