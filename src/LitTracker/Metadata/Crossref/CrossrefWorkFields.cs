using System.Text.Json;
using LitTracker.Sources;

namespace LitTracker.Metadata.Crossref;

/// <summary>Field-by-field mapping of one Crossref work object.</summary>
internal static class CrossrefWorkFields
{
    // "issued" is Crossref's own best publication date (earliest of print and online);
    // the others are fallbacks for records that leave it as [[null]].
    private static readonly string[] DateFields = ["issued", "published-print", "published-online", "published"];

    public static MappedSource ToMappedSource(JsonElement work, Doi doi)
    {
        var warnings = new List<MetadataIssue>();
        var source = new Source
        {
            Doi = doi,
            Type = CrossrefVocabulary.SourceTypeFor(JsonValues.Text(work, "type")),
            Title = Title(work) ?? string.Empty,
            Container = MarkupText.Inline(JsonValues.FirstText(work, "container-title")),
            ContainerAbbreviation = MarkupText.Inline(JsonValues.FirstText(work, "short-container-title")),
            Volume = JsonValues.Text(work, "volume"),
            Issue = JsonValues.Text(work, "issue"),
            Pages = JsonValues.Text(work, "page") ?? JsonValues.Text(work, "article-number"),
            Url = JsonValues.Property(work, "resource") is { } resource && JsonValues.Property(resource, "primary") is { } primary
                ? JsonValues.Text(primary, "URL") ?? JsonValues.Text(work, "URL")
                : JsonValues.Text(work, "URL"),
            Publisher = JsonValues.Text(work, "publisher"),
            Abstract = MarkupText.JatsAbstract(JsonValues.Text(work, "abstract")),
            Authors = Authors(work),
        };

        var date = DateFields.Select(f => JsonValues.DateParts(work, f)).FirstOrDefault(d => d is not null);
        if (date is { } d)
        {
            (source.Year, source.Month, source.Day) = d;
        }
        else
        {
            warnings.Add(new MetadataIssue("Crossref gives no publication date for this work; enter the year by hand if you know it.", Field: "issued"));
        }

        if (source.Title.Length == 0)
        {
            warnings.Add(new MetadataIssue("Crossref gives no title for this work.", Field: "title"));
        }

        source.Notices = UpdatedBy(work, warnings);
        return new MappedSource(source, FieldOrigin.Crossref, UpdateTo(work, warnings), warnings);
    }

    private static string? Title(JsonElement work)
    {
        var title = MarkupText.Inline(JsonValues.FirstText(work, "title"));
        var subtitle = MarkupText.Inline(JsonValues.FirstText(work, "subtitle"));
        return title is not null && subtitle is not null && !title.Contains(subtitle, StringComparison.OrdinalIgnoreCase)
            ? $"{title.TrimEnd(':', ' ')}: {subtitle}"
            : title;
    }

    private static List<Author> Authors(JsonElement work)
    {
        var authors = new List<Author>();
        foreach (var a in JsonValues.Array(work, "author"))
        {
            var family = MarkupText.Inline(JsonValues.Text(a, "family"));
            var given = MarkupText.Inline(JsonValues.Text(a, "given"));
            var name = MarkupText.Inline(JsonValues.Text(a, "name"));
            if (family is not null)
            {
                authors.Add(new Author(family, given));
            }
            else if (name is not null)
            {
                authors.Add(Author.Organisation(name));
            }
            else if (given is not null)
            {
                // Some deposits put a mononym in "given" only; it is still the author's name.
                authors.Add(new Author(given));
            }
        }

        return authors;
    }

    private static List<Notice> UpdatedBy(JsonElement work, List<MetadataIssue> warnings)
    {
        var notices = new List<Notice>();
        foreach (var update in JsonValues.Array(work, "updated-by"))
        {
            var type = JsonValues.Text(update, "type");
            if (CrossrefVocabulary.NoticeTypeFor(type) is not { } noticeType)
            {
                if (!CrossrefVocabulary.IsVersionUpdate(type))
                {
                    warnings.Add(new MetadataIssue($"Unknown Crossref update type \"{type}\" was ignored; review the work's Crossmark record by hand.", Field: "updated-by"));
                }

                continue;
            }

            Doi? noticeDoi = Doi.TryParse(JsonValues.Text(update, "DOI"), out var nd) ? nd : null;

            // Crossref lists the same notice once per asserting party (publisher, retraction-watch).
            if (notices.Any(n => n.Type == noticeType && n.NoticeDoi == noticeDoi))
            {
                continue;
            }

            notices.Add(new Notice
            {
                Type = noticeType,
                Date = JsonValues.FullDate(JsonValues.DateParts(update, "updated")),
                NoticeDoi = noticeDoi,
                Origin = NoticeOrigins.Crossref,
                Reason = CrossrefVocabulary.NeedsReason(type) ? $"Crossref update type \"{type}\"" : null,
            });
        }

        return notices;
    }

    private static List<NoticeTarget> UpdateTo(JsonElement work, List<MetadataIssue> warnings)
    {
        var targets = new List<NoticeTarget>();
        foreach (var update in JsonValues.Array(work, "update-to"))
        {
            var type = JsonValues.Text(update, "type");
            if (CrossrefVocabulary.NoticeTypeFor(type) is not { } noticeType)
            {
                if (!CrossrefVocabulary.IsVersionUpdate(type))
                {
                    warnings.Add(new MetadataIssue($"Unknown Crossref update type \"{type}\" was ignored.", Field: "update-to"));
                }

                continue;
            }

            if (!Doi.TryParse(JsonValues.Text(update, "DOI"), out var target))
            {
                warnings.Add(new MetadataIssue($"An update-to entry has no valid DOI (\"{JsonValues.Text(update, "DOI")}\"); it was ignored.", Field: "update-to"));
                continue;
            }

            var date = JsonValues.FullDate(JsonValues.DateParts(update, "updated"));
            if (!targets.Any(t => t.Type == noticeType && t.Doi == target))
            {
                targets.Add(new NoticeTarget(noticeType, target, null, date));
            }
        }

        return targets;
    }
}
