using System.Text.RegularExpressions;
using System.Xml.Linq;
using LitTracker.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace LitTracker.Tests.Metadata.Http;

/// <summary>Finds the recorded efetch file (read in place from ../shared) that holds a PMID, and the PMID of a DOI.</summary>
internal static partial class RecordedPubMed
{
    private static readonly Lazy<(Dictionary<string, string> FileOf, Dictionary<string, string> PmidOf)> Index = new(Build);

    private static readonly string[] Files =
    [
        "biopython/pubmed1.xml", "biopython/pubmed2.xml", "biopython/pubmed4.xml", "biopython/pubmed5.xml",
        "biopython/pubmed6.xml", "biopython/pubmed7.xml", "eutils-json-klortho/efetch.pubmed.xml",
    ];

    public static IResult Efetch(string id)
    {
        var pmid = id.Split(',')[0];
        return Index.Value.FileOf.TryGetValue(pmid, out var file)
            ? Results.Text(File.ReadAllText(file), "text/xml")
            : Results.Text("<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n</PubmedArticleSet>\n", "text/xml");
    }

    public static IResult Esearch(string term)
    {
        var doi = DoiTerm().Match(term) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : string.Empty;
        var ids = Index.Value.PmidOf.TryGetValue(doi, out var pmid) ? $"<Id>{pmid}</Id>" : string.Empty;
        var count = ids.Length == 0 ? 0 : 1;
        return Results.Text($"<?xml version=\"1.0\" ?>\n<eSearchResult><Count>{count}</Count><RetMax>{count}</RetMax><RetStart>0</RetStart><IdList>{ids}</IdList></eSearchResult>\n", "text/xml");
    }

    public static IReadOnlyDictionary<string, string> PmidsByDoi => Index.Value.PmidOf;

    private static (Dictionary<string, string>, Dictionary<string, string>) Build()
    {
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var pmidOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Files)
        {
            var path = SharedData.Path("testdata", "ncbi", name);
            var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore };
            using var reader = System.Xml.XmlReader.Create(path, settings);
            foreach (var article in XDocument.Load(reader).Root!.Elements("PubmedArticle"))
            {
                var pmid = article.Element("MedlineCitation")?.Element("PMID")?.Value;
                if (pmid is null)
                {
                    continue;
                }

                fileOf.TryAdd(pmid, path);
                var doi = article.Element("PubmedData")?.Element("ArticleIdList")?.Elements("ArticleId")
                    .FirstOrDefault(e => (string?)e.Attribute("IdType") == "doi")?.Value;
                if (doi is not null)
                {
                    pmidOf.TryAdd(doi.Trim().ToLowerInvariant(), pmid);
                }
            }
        }

        return (fileOf, pmidOf);
    }

    [GeneratedRegex(@"^(.+)\[doi\]$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiTerm();
}
