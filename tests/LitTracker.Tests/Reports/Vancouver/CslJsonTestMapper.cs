using System.Text.Json;
using LitTracker.Sources;

namespace LitTracker.Tests.Reports.Vancouver;

/// <summary>A deliberately tiny CSL-JSON → Source mapper for conformance tests (not the importer).</summary>
internal static class CslJsonTestMapper
{
    public static Source ToSource(JsonElement item)
    {
        var source = new Source
        {
            Key = Text(item, "id") ?? string.Empty,
            Type = Text(item, "type") switch
            {
                "article-journal" => SourceType.JournalArticle,
                "webpage" => SourceType.WebPage,
                "report" => SourceType.Report,
                "book" => SourceType.Book,
                _ => SourceType.Other,
            },
            Title = Text(item, "title") ?? string.Empty,
            Container = Text(item, "container-title"),
            ContainerAbbreviation = Text(item, "container-title-short"),
            Volume = Text(item, "volume"),
            Issue = Text(item, "issue"),
            Pages = Text(item, "page"),
            Url = Text(item, "URL"),
            Publisher = Text(item, "publisher"),
        };
        if (Doi.TryParse(Text(item, "DOI"), out var doi))
        {
            source.Doi = doi;
        }

        if (item.TryGetProperty("author", out var authors))
        {
            foreach (var author in authors.EnumerateArray())
            {
                source.Authors.Add(new Author(Text(author, "family"), Text(author, "given"), Text(author, "literal")));
            }
        }

        if (item.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts))
        {
            var first = parts[0];
            source.Year = first.GetArrayLength() > 0 ? first[0].GetInt32() : null;
            source.Month = first.GetArrayLength() > 1 ? first[1].GetInt32() : null;
            source.Day = first.GetArrayLength() > 2 ? first[2].GetInt32() : null;
        }

        return source;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
