using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Import.CslJson;

/// <summary>Maps one CSL-JSON item (CSL 1.0 or Crossref's dialect of it) to a <see cref="Source"/>.</summary>
internal static partial class CslJsonMapper
{
    public static ParsedSource Map(JsonElement item, string file, int line)
    {
        var key = Str(item, "citation-key") ?? Str(item, "id");
        var issues = new RecordIssues(file, line, key);
        var type = Str(item, "type");
        var source = new Source { Type = TypeOf(type) };
        if (type is null)
        {
            issues.Warn("The item has no 'type'; it was imported as type Other. Add a CSL type such as \"article-journal\".");
        }

        if (type is "webpage" or "post" or "post-weblog")
        {
            source.Design = StudyDesign.WebPage;
        }

        source.Title = Str(item, "title") ?? string.Empty;
        if (Str(item, "subtitle") is { } subtitle && source.Title.Length > 0 && !source.Title.Contains(':', StringComparison.Ordinal))
        {
            source.Title += ": " + subtitle;
        }

        SetAuthors(item, source);
        source.Container = Str(item, "container-title");
        source.ContainerAbbreviation = Str(item, "container-title-short") ?? Str(item, "journalAbbreviation") ?? Str(item, "short-container-title");
        SetIssued(item, source, issues);
        source.Volume = Str(item, "volume");
        source.Issue = Str(item, "issue");
        source.Pages = ImportValues.Pages(Str(item, "page")) ?? Str(item, "article-number");
        ImportValues.SetDoi(source, Str(item, "DOI"), "DOI", issues);
        ImportValues.SetPmid(source, Str(item, "PMID"), "PMID", issues);
        ImportValues.SetPmcid(source, Str(item, "PMCID"), "PMCID", issues);
        source.Url = Str(item, "URL");
        if (item.TryGetProperty("accessed", out var accessed) && DateOf(accessed) is { } a && a.Month is not null && a.Day is not null)
        {
            source.AccessedOn = new DateOnly(a.Year, a.Month.Value, a.Day.Value);
        }

        source.Publisher = Str(item, "publisher");
        source.Abstract = Str(item, "abstract") is { } abs ? ImportValues.Clean(abs.Contains('<', StringComparison.Ordinal) ? Markup().Replace(abs, " ") : abs) : null;
        if (source.Title.Length == 0)
        {
            issues.Warn("The item has no 'title'; it was imported without one.");
        }

        return new ParsedSource(source, line, key, issues.Items);
    }

    public static SourceType TypeOf(string? type) => type switch
    {
        "article-journal" or "journal-article" or "article-magazine" or "article-newspaper" or "review"
            or "review-book" or "journal-issue" => SourceType.JournalArticle,
        "book" or "monograph" or "edited-book" or "reference-book" or "book-set" or "book-series"
            or "book-track" or "proceedings" or "classic" or "collection" => SourceType.Book,
        "chapter" or "book-chapter" or "book-section" or "book-part" or "paper-conference" or "proceedings-article"
            or "entry" or "entry-encyclopedia" or "entry-dictionary" or "reference-entry" => SourceType.BookChapter,
        "report" or "report-component" or "report-series" or "standard" => SourceType.Report,
        "webpage" or "post" or "post-weblog" => SourceType.WebPage,
        "article" or "posted-content" or "preprint" => SourceType.Preprint,
        _ => SourceType.Other,
    };

    private static void SetAuthors(JsonElement item, Source source)
    {
        if (!item.TryGetProperty("author", out var names) || names.ValueKind != JsonValueKind.Array)
        {
            if (source.Type is SourceType.Book or SourceType.Report && item.TryGetProperty("editor", out var editors) && editors.ValueKind == JsonValueKind.Array)
            {
                names = editors;
            }
            else
            {
                return;
            }
        }

        foreach (var name in names.EnumerateArray())
        {
            if (name.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var literal = Str(name, "literal") ?? Str(name, "name");
            var family = Join(Join(Str(name, "dropping-particle"), Str(name, "non-dropping-particle")), Str(name, "family")) ?? string.Empty;
            var given = Str(name, "given");
            if (family.Length > 0)
            {
                source.Authors.Add(new Author(family, given, null, Str(name, "suffix")));
            }
            else if (literal is not null)
            {
                source.Authors.Add(Author.Organisation(literal));
            }
            else if (given is not null)
            {
                source.Authors.Add(new Author(given));
            }
        }
    }

    // The non-null parts joined by a space, as string.Join over the non-null ones.
    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;

    private static void SetIssued(JsonElement item, Source source, RecordIssues issues)
    {
        foreach (var name in (string[])["issued", "published", "published-print", "published-online"])
        {
            if (!item.TryGetProperty(name, out var date))
            {
                continue;
            }

            if (DateOf(date) is { } d)
            {
                source.Year = d.Year;
                source.Month = d.Month;
                source.Day = d.Day;
                return;
            }

            if (name == "issued" && date.ValueKind == JsonValueKind.Object && Str(date, "literal") is { } literal)
            {
                issues.Warn($"The date '{literal}' has no year; the date was left empty.");
                return;
            }
        }
    }

    private static (int Year, int? Month, int? Day)? DateOf(JsonElement date)
    {
        if (date.ValueKind == JsonValueKind.String)
        {
            return ImportValues.TryDate(date.GetString(), out var y, out var m, out var d) ? (y, m, d) : null;
        }

        if (date.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (date.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array)
        {
            var p = parts[0].EnumerateArray().Select(Int).ToList();
            if (p.Count > 0 && p[0] is { } year and > 0 and < 10000)
            {
                int? month = p.Count > 1 && p[1] is >= 1 and <= 12 ? p[1] : null;
                int? day = month is not null && p.Count > 2 && p[2] is { } dd && dd >= 1 && dd <= DateTime.DaysInMonth(year, month.Value) ? dd : null;
                return (year, month, day);
            }
        }

        var raw = Str(date, "raw");
        return raw is not null && ImportValues.TryDate(raw, out var ry, out var rm, out var rd) ? (ry, rm, rd) : null;
    }

    private static int? Int(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A string property, also when given as a number or (as Crossref does) a one-element array.</summary>
    private static string? Str(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            v = v.EnumerateArray().FirstOrDefault(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number);
        }

        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return ImportValues.Clean(text);
    }

    [GeneratedRegex(@"<[^>]{1,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
