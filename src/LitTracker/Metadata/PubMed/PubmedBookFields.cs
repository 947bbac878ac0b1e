using System.Xml.Linq;
using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>One efetch <c>PubmedBookArticle</c> (NCBI Bookshelf: GeneReviews, StatPearls…) → source.</summary>
internal static class PubmedBookFields
{
    public static MappedSource? Map(XElement article, List<MetadataIssue> issues)
    {
        var document = article.Element("BookDocument");
        var book = document?.Element("Book");
        if (document is null || book is null || !Pmid.TryParse(NcbiXml.Text(document, "PMID"), out var pmid))
        {
            issues.Add(new MetadataIssue("A PubmedBookArticle without BookDocument/PMID or Book was skipped.", NcbiXml.Line(article)));
            return null;
        }

        var chapterTitle = NcbiXml.Text(document, "ArticleTitle");
        var bookTitle = NcbiXml.Text(book, "BookTitle");

        // Editors are not authors; a chapter's own author list comes first.
        var authors = document.Elements("AuthorList").Concat(book.Elements("AuthorList"))
            .Where(l => NcbiXml.Attribute(l, "Type") is null or "authors")
            .Select(l => l.Elements("Author").Select(PubmedArticleFields.AuthorOf).OfType<Author>().ToList())
            .FirstOrDefault(l => l.Count > 0) ?? [];
        var accession = document.Element("ArticleIdList")?.Elements("ArticleId")
            .FirstOrDefault(i => NcbiXml.Attribute(i, "IdType") == "bookaccession") is { } acc ? NcbiXml.Text(acc) : null;
        var ids = PubmedArticleFields.ArticleIds(article.Element("PubmedBookData")?.Element("ArticleIdList"));
        var pubTypes = document.Element("PublicationTypeList")?.Elements("PublicationType").Select(NcbiXml.Text).OfType<string>().ToList() ?? [];

        var source = new Source
        {
            Pmid = pmid,
            Type = chapterTitle is null ? SourceType.Book : SourceType.BookChapter,
            Title = chapterTitle ?? bookTitle ?? string.Empty,
            Container = chapterTitle is null ? null : bookTitle,
            Design = PublicationTypes.DesignFor(pubTypes, chapterTitle ?? bookTitle),
            DesignDetail = PublicationTypes.Detail(pubTypes),
            Authors = authors,
            Publisher = NcbiXml.Text(book.Element("Publisher"), "PublisherName"),
            Abstract = PubmedArticleFields.Abstract(document.Element("Abstract")),
            Doi = ids.Doi,
            Url = accession is null ? pmid.Url : $"https://www.ncbi.nlm.nih.gov/books/{accession}/",
        };

        if (PubmedArticleFields.PubDate(book.Element("PubDate")) is { } d)
        {
            (source.Year, source.Month, source.Day) = d;
        }

        return new MappedSource(source, FieldOrigin.PubMed);
    }
}
