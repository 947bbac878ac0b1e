using System.Xml.Linq;
using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>One efetch <c>PubmedArticle</c> → source.</summary>
internal static class PubmedArticleFields
{
    public static MappedSource? Map(XElement article, List<MetadataIssue> issues)
    {
        var citation = article.Element("MedlineCitation");
        var body = citation?.Element("Article");
        if (citation is null || body is null || !Pmid.TryParse(NcbiXml.Text(citation, "PMID"), out var pmid))
        {
            issues.Add(new MetadataIssue("A PubmedArticle without MedlineCitation/PMID or Article was skipped.", NcbiXml.Line(article)));
            return null;
        }

        var warnings = new List<MetadataIssue>();
        var journal = body.Element("Journal");
        var journalIssue = journal?.Element("JournalIssue");
        var ids = ArticleIds(article.Element("PubmedData")?.Element("ArticleIdList"));
        var pubTypes = body.Element("PublicationTypeList")?.Elements("PublicationType").Select(NcbiXml.Text).OfType<string>().ToList() ?? [];
        var title = NcbiXml.Text(body, "ArticleTitle") ?? NcbiXml.Text(body, "VernacularTitle");
        var authorList = body.Element("AuthorList");

        var source = new Source
        {
            Pmid = pmid,
            Type = pubTypes.Contains("Preprint", StringComparer.OrdinalIgnoreCase) ? SourceType.Preprint : SourceType.JournalArticle,
            Title = title ?? string.Empty,
            Design = PublicationTypes.DesignFor(pubTypes, title),
            DesignDetail = PublicationTypes.Detail(pubTypes),
            Population = PopulationFromMesh(citation),
            Authors = authorList?.Elements("Author").Where(a => NcbiXml.Attribute(a, "ValidYN") != "N").Select(AuthorOf).OfType<Author>().ToList() ?? [],
            AuthorsIncomplete = authorList is not null && NcbiXml.Attribute(authorList, "CompleteYN") == "N",
            Container = NcbiXml.Text(journal, "Title"),
            ContainerAbbreviation = NcbiXml.Text(citation.Element("MedlineJournalInfo"), "MedlineTA") ?? NcbiXml.Text(journal, "ISOAbbreviation"),
            Volume = NcbiXml.Text(journalIssue, "Volume"),
            Issue = NcbiXml.Text(journalIssue, "Issue"),
            Pages = NcbiXml.Text(body.Element("Pagination"), "MedlinePgn") ?? ELocation(body, "pii"),
            Abstract = Abstract(body.Element("Abstract")),
            Doi = ids.Doi ?? (Doi.TryParse(ELocation(body, "doi"), out var edoi) ? edoi : null),
            Pmcid = ids.Pmcid,
            Url = pmid.Url,
        };

        var date = PubDate(journalIssue?.Element("PubDate")) ?? PubDate(body.Element("ArticleDate"));
        if (date is { } d)
        {
            (source.Year, source.Month, source.Day) = d;
        }

        if (source.Title.Length == 0)
        {
            warnings.Add(new MetadataIssue($"PubMed record {pmid} has no title.", NcbiXml.Line(body), Field: "ArticleTitle"));
        }

        var comments = PubMedNotices.Links(citation.Element("CommentsCorrectionsList")?.Elements("CommentsCorrections") ?? []).ToList();
        source.Notices = PubMedNotices.NoticesOn(pubTypes, comments);
        return new MappedSource(source, FieldOrigin.PubMed, PubMedNotices.TargetsOf(pubTypes, comments), warnings);
    }

    internal static (Doi? Doi, Pmcid? Pmcid, Pmid? Pmid) ArticleIds(XElement? list)
    {
        Doi? doi = null;
        Pmcid? pmcid = null;
        Pmid? pmid = null;
        foreach (var id in list?.Elements("ArticleId") ?? [])
        {
            var value = NcbiXml.Text(id);
            switch (NcbiXml.Attribute(id, "IdType"))
            {
                case "doi" when doi is null && Doi.TryParse(value, out var d): doi = d; break;
                case "pmc" when pmcid is null && Pmcid.TryParse(value, out var p): pmcid = p; break;
                case "pubmed" when pmid is null && Pmid.TryParse(value, out var m): pmid = m; break;
                default: break;
            }
        }

        return (doi, pmcid, pmid);
    }

    internal static Author? AuthorOf(XElement a) => PubMedAuthorName.FromParts(
        NcbiXml.Text(a, "LastName"), NcbiXml.Text(a, "ForeName"), NcbiXml.Text(a, "Initials"), NcbiXml.Text(a, "Suffix"), NcbiXml.Text(a, "CollectiveName"));

    internal static (int Year, int? Month, int? Day)? PubDate(XElement? date) =>
        date is null
            ? null
            : PubMedDate.FromParts(NcbiXml.Text(date, "Year"), NcbiXml.Text(date, "Month"), NcbiXml.Text(date, "Day"))
              ?? PubMedDate.FromText(NcbiXml.Text(date, "MedlineDate"));

    internal static string? Abstract(XElement? abstractElement) =>
        abstractElement is null
            ? null
            : MarkupText.JoinLabelled(abstractElement.Elements("AbstractText").Select(t => (NcbiXml.Attribute(t, "Label"), (string?)t.Value)));

    private static string? ELocation(XElement body, string type) =>
        body.Elements("ELocationID")
            .Where(e => NcbiXml.Attribute(e, "EIdType") == type && NcbiXml.Attribute(e, "ValidYN") != "N")
            .Select(NcbiXml.Text)
            .FirstOrDefault(v => v is not null);

    // MeSH check tags are the indexers' own statement of what was studied.
    private static Population PopulationFromMesh(XElement citation)
    {
        var descriptors = citation.Element("MeshHeadingList")?.Elements("MeshHeading").Select(h => NcbiXml.Text(h, "DescriptorName")).ToHashSet(StringComparer.Ordinal) ?? [];
        var humans = descriptors.Contains("Humans");
        var animals = descriptors.Contains("Animals");
        return (humans, animals) switch
        {
            (true, true) => Population.Mixed,
            (true, false) => Population.Human,
            (false, true) => Population.Animal,
            _ => Population.Unspecified,
        };
    }
}
