using System.Xml.Linq;

namespace LitTracker.Metadata.PubMed;

/// <summary>esummary XML: version 2.0 (<c>DocumentSummarySet</c>) and version 1 (<c>DocSum</c> items).</summary>
internal static class ESummaryXml
{
    public static MappingResult Map(XElement root)
    {
        var records = root.Elements("DocumentSummarySet").Elements("DocumentSummary").Select(FromVersion2)
            .Concat(root.Elements("DocSum").Select(FromVersion1));
        var sources = new List<MappedSource>();
        var issues = new List<MetadataIssue>();
        foreach (var record in records)
        {
            if (ESummaryFields.Map(record, issues) is { } mapped)
            {
                sources.Add(mapped);
            }
        }

        return MappingResult.FromRecords(sources, issues, "PubMed returned no summaries for these ids. Check the PMIDs.");
    }

    private static ESummaryRecord FromVersion2(XElement d) => new()
    {
        Uid = NcbiXml.Attribute(d, "uid"),
        Line = NcbiXml.Line(d),
        Error = NcbiXml.Text(d, "error"),
        Title = NcbiXml.Text(d, "Title"),
        Authors = [.. d.Element("Authors")?.Elements("Author").Select(a => (NcbiXml.Text(a, "Name"), NcbiXml.Text(a, "AuthType")))
            .Where(a => a.Item1 is not null).Select(a => (a.Item1!, a.Item2)) ?? []],
        Source = NcbiXml.Text(d, "Source"),
        FullJournalName = NcbiXml.Text(d, "FullJournalName"),
        PubDate = NcbiXml.Text(d, "PubDate"),
        EPubDate = NcbiXml.Text(d, "EPubDate"),
        Volume = NcbiXml.Text(d, "Volume"),
        Issue = NcbiXml.Text(d, "Issue"),
        Pages = NcbiXml.Text(d, "Pages"),
        ArticleIds = [.. d.Element("ArticleIds")?.Elements("ArticleId").Select(i => (NcbiXml.Text(i, "IdType"), NcbiXml.Text(i, "Value")))
            .Where(i => i.Item1 is not null && i.Item2 is not null).Select(i => (i.Item1!, i.Item2!)) ?? []],
        PubTypes = [.. d.Element("PubType")?.Elements("flag").Select(NcbiXml.Text).OfType<string>() ?? []],
        References = [.. d.Element("References")?.Elements("Reference").Select(r => (NcbiXml.Text(r, "RefType"), NcbiXml.Text(r, "RefSource"), NcbiXml.Text(r, "PMID"))) ?? []],
        ELocationId = NcbiXml.Text(d, "ELocationID"),
        BookTitle = NcbiXml.Text(d, "BookTitle"),
        PublisherName = NcbiXml.Text(d, "PublisherName"),
    };

    private static ESummaryRecord FromVersion1(XElement d)
    {
        var items = d.Elements("Item").ToList();
        string? Item(string name) => NcbiXml.Text(items.FirstOrDefault(i => NcbiXml.Attribute(i, "Name") == name));
        IEnumerable<XElement> List(string name) => items.FirstOrDefault(i => NcbiXml.Attribute(i, "Name") == name)?.Elements("Item") ?? [];

        return new ESummaryRecord
        {
            Uid = NcbiXml.Text(d, "Id"),
            Line = NcbiXml.Line(d),
            Error = NcbiXml.Text(d, "ERROR"),
            Title = Item("Title"),
            Authors = [.. List("AuthorList").Select(NcbiXml.Text).OfType<string>().Select(n => (n, (string?)null))],
            Source = Item("Source"),
            FullJournalName = Item("FullJournalName"),
            PubDate = Item("PubDate"),
            EPubDate = Item("EPubDate"),
            Volume = Item("Volume"),
            Issue = Item("Issue"),
            Pages = Item("Pages"),
            ArticleIds = [.. List("ArticleIds").Select(i => (NcbiXml.Attribute(i, "Name"), NcbiXml.Text(i)))
                .Where(i => i.Item1 is not null && i.Item2 is not null).Select(i => (i.Item1!, i.Item2!))],
            PubTypes = [.. List("PubTypeList").Select(NcbiXml.Text).OfType<string>()],
            ELocationId = Item("ELocationID"),
            BookTitle = Item("BookTitle"),
        };
    }
}
