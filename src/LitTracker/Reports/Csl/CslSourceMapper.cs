using System.Globalization;
using LitTracker.Sources;

namespace LitTracker.Reports.Csl;

/// <summary>Maps the library's <see cref="Source"/> to CSL variables.</summary>
public static class CslSourceMapper
{
    /// <summary>The CSL item of a source; <paramref name="id"/> defaults to the source's key or id.</summary>
    public static CslItem ToItem(Source source, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var item = new CslItem(id ?? (source.Key.Length > 0 ? source.Key : source.Id.ToString(CultureInfo.InvariantCulture)), TypeOf(source));
        item.Set("title", source.Title)
            .Set("container-title", source.Container ?? source.ContainerAbbreviation)
            .Set("container-title-short", source.ContainerAbbreviation)
            .Set("volume", source.Volume)
            .Set("issue", source.Issue)
            .Set("page", source.Pages)
            .Set("DOI", source.Doi?.Value)
            .Set("PMID", source.Pmid?.ToString())
            .Set("PMCID", source.Pmcid?.ToString())
            .Set("URL", source.Url)
            .Set("publisher", source.Publisher)
            .Set("abstract", source.Abstract);
        if (source.Year is { } year)
        {
            item.SetDate("issued", new CslDate(new CslDateParts(year, source.Month ?? 0, source.Month is null ? 0 : source.Day ?? 0)));
        }

        if (source.AccessedOn is { } accessed)
        {
            item.SetDate("accessed", new CslDate(new CslDateParts(accessed.Year, accessed.Month, accessed.Day)));
        }

        item.SetNames("author", source.Authors.Select(Name).OfType<CslName>().ToList());
        return item;
    }

    private static string TypeOf(Source source) => source.Type switch
    {
        SourceType.JournalArticle => "article-journal",
        SourceType.Preprint => "article",
        SourceType.Book => "book",
        SourceType.BookChapter => "chapter",
        SourceType.Report => "report",
        SourceType.WebPage => "webpage",
        _ => source.Design is StudyDesign.WebPage ? "webpage"
            : !string.IsNullOrWhiteSpace(source.Container ?? source.ContainerAbbreviation) && string.IsNullOrWhiteSpace(source.Publisher) ? "article-journal"
            : "document",
    };

    private static CslName? Name(Author author)
    {
        if (author.Literal is { } literal)
        {
            return new CslName(null, Literal: literal);
        }

        if (author.Family is not { } family)
        {
            return author.Given is null ? null : new CslName(null, Literal: author.Given);
        }

        string? particle = null;
        var space = family.LastIndexOf(' ');
        if (space > 0 && char.IsLower(family[0]))
        {
            particle = family[..space];
            family = family[(space + 1)..];
        }

        return new CslName(family, Initials(author.Given), NonDroppingParticle: particle, Suffix: author.Suffix);
    }

    // PubMed's compact initials ("AJ") are two initials, not a name: "A. J." lets each style initialise them its own way.
    private static string? Initials(string? given)
    {
        if (given is null || given.Length is 0 or > 3 || !given.All(char.IsUpper))
        {
            return given;
        }

        return string.Join(" ", given.Select(c => c + "."));
    }
}
