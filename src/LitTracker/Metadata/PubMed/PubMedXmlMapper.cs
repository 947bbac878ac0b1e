using System.Xml.Linq;

namespace LitTracker.Metadata.PubMed;

/// <summary>
/// Maps NCBI E-utilities XML for PubMed: <c>efetch</c> (<c>PubmedArticleSet</c> with
/// <c>PubmedArticle</c> and <c>PubmedBookArticle</c>) and <c>esummary</c> (<c>eSummaryResult</c>,
/// version 2.0 <c>DocumentSummary</c> or version 1 <c>DocSum</c>). An <c>ERROR</c> element becomes
/// <see cref="MappingStatus.ServiceError"/>; an empty article set <see cref="MappingStatus.NotFound"/>;
/// any other document (esearch, elink, PMC full text, HTML) <see cref="MappingStatus.Invalid"/>.
/// DTDs are ignored and never fetched.
/// </summary>
public static class PubMedXmlMapper
{
    /// <summary>Maps an XML body.</summary>
    public static MappingResult Map(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Map(reader);
    }

    /// <summary>Maps an XML body read from <paramref name="reader"/>.</summary>
    public static MappingResult Map(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var document = NcbiXml.Load(reader, out var loadIssue);
        if (document?.Root is not { } root)
        {
            return MappingResult.Invalid(loadIssue ?? new MetadataIssue("NCBI sent an empty body. Retry the request."));
        }

        if (root.Element("ERROR") is { } error && NcbiXml.Text(error) is { } message)
        {
            return MappingResult.ServiceError($"NCBI reported: {message}. Check the request parameters (db, id, api_key).");
        }

        return root.Name.LocalName switch
        {
            "PubmedArticleSet" => MapArticleSet(root),
            "eSummaryResult" => ESummaryXml.Map(root),
            "eSearchResult" => MappingResult.Invalid(new MetadataIssue("This is an esearch result (a list of PMIDs), not article records: take the ids from its IdList, then fetch them with efetch or esummary.", NcbiXml.Line(root))),
            "pmc-articleset" => MappingResult.Invalid(new MetadataIssue("This is PMC full text (JATS), not a PubMed record: fetch the article with db=pubmed instead.", NcbiXml.Line(root))),
            var other => MappingResult.Invalid(new MetadataIssue($"Expected a PubMed efetch or esummary document, got <{other}>. Check the E-utilities URL (db=pubmed, retmode=xml).", NcbiXml.Line(root))),
        };
    }

    private static MappingResult MapArticleSet(XElement root)
    {
        var sources = new List<MappedSource>();
        var issues = new List<MetadataIssue>();
        foreach (var element in root.Elements())
        {
            MappedSource? mapped = element.Name.LocalName switch
            {
                "PubmedArticle" => PubmedArticleFields.Map(element, issues),
                "PubmedBookArticle" => PubmedBookFields.Map(element, issues),
                _ => null,
            };
            if (mapped is not null)
            {
                sources.Add(mapped);
            }
        }

        return MappingResult.FromRecords(sources, issues, "PubMed returned no records for these ids. Check the PMIDs; a record may have been deleted or merged.");
    }
}
