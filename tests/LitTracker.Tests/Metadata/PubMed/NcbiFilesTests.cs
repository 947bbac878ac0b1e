using LitTracker.Metadata;
using LitTracker.Metadata.PubMed;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Metadata.PubMed;

public class NcbiFilesTests
{
    // Every file in testdata/ncbi (XML, JSON, HTML) with what it must yield; MEDLINE text files
    // belong to the import parsers and are not E-utilities responses.
    public static TheoryData<string, MappingStatus, int> Files => new()
    {
        { "biopython/efetch_pmc.xml", MappingStatus.Invalid, 0 },
        { "biopython/einfo1.xml", MappingStatus.Invalid, 0 },
        { "biopython/elink1.xml", MappingStatus.Invalid, 0 },
        { "biopython/epost1.xml", MappingStatus.Invalid, 0 },
        { "biopython/esearch1.xml", MappingStatus.Invalid, 0 },
        { "biopython/esearch2.xml", MappingStatus.Invalid, 0 },
        { "biopython/esearch3.xml", MappingStatus.Invalid, 0 },
        { "biopython/esearch8.xml", MappingStatus.Invalid, 0 },
        { "biopython/espell.xml", MappingStatus.Invalid, 0 },
        { "biopython/esummary1.xml", MappingStatus.Mapped, 2 },
        { "biopython/esummary8.xml", MappingStatus.ServiceError, 0 },
        { "biopython/journals.xml", MappingStatus.Invalid, 0 },
        { "biopython/pubmed1.xml", MappingStatus.Mapped, 2 },
        { "biopython/pubmed2.xml", MappingStatus.Mapped, 2 },
        { "biopython/pubmed3.html", MappingStatus.Invalid, 0 },
        { "biopython/pubmed4.xml", MappingStatus.Mapped, 1 },
        { "biopython/pubmed5.xml", MappingStatus.Mapped, 1 },
        { "biopython/pubmed6.xml", MappingStatus.Mapped, 1 },
        { "biopython/pubmed7.xml", MappingStatus.Mapped, 1 },
        { "esummary-json/esearch_pubmed_high_blood_pressure.json", MappingStatus.Invalid, 0 },
        { "esummary-json/esummary_pubmed_27933103_compact.json", MappingStatus.Mapped, 1 },
        { "esummary-json/esummary_pubmed_40642746.json", MappingStatus.Mapped, 1 },
        { "eutils-json-klortho/efetch.pubmed.json", MappingStatus.Invalid, 0 },
        { "eutils-json-klortho/efetch.pubmed.xml", MappingStatus.Mapped, 2 },
        { "eutils-json-klortho/efetch.pubmedexample.xml", MappingStatus.Mapped, 2 },
        { "eutils-json-klortho/esearch.baderror.xml", MappingStatus.ServiceError, 0 },
        { "eutils-json-klortho/esearch.error.xml", MappingStatus.Invalid, 0 },
        { "eutils-json-klortho/esearch.pubmed.json", MappingStatus.Invalid, 0 },
        { "eutils-json-klortho/esearch.pubmed.xml", MappingStatus.Invalid, 0 },
        { "eutils-json-klortho/esummary.error.json", MappingStatus.ServiceError, 0 },
        { "eutils-json-klortho/esummary.error.xml", MappingStatus.ServiceError, 0 },
        { "eutils-json-klortho/esummary.pmc.xml", MappingStatus.Mapped, 2 },
        { "eutils-json-klortho/esummary.pubmed.json", MappingStatus.Mapped, 2 },
        { "eutils-json-klortho/esummary.pubmed.xml", MappingStatus.Mapped, 2 },
    };

    internal static MappingResult MapFile(string relative)
    {
        var text = File.ReadAllText(SharedData.Path(["testdata", "ncbi", .. relative.Split('/')]));
        return relative.EndsWith(".json", StringComparison.Ordinal) ? ESummaryJsonMapper.Map(text) : PubMedXmlMapper.Map(text);
    }

    [SharedDataFact]
    public void Files_EveryEutilsFile_IsCovered()
    {
        var root = SharedData.Path("testdata", "ncbi");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("medline/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Files.Select(row => (string)row[0]).Order(StringComparer.Ordinal), files);
    }

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Map_RecordedFile_YieldsExpectedOutcome(string file, MappingStatus status, int count)
    {
        var result = MapFile(file);

        Assert.Equal(status, result.Status);
        Assert.Equal(count, result.Sources.Count);
        if (status == MappingStatus.Mapped)
        {
            Assert.All(result.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Source.Title)));
            Assert.All(result.Sources, s => Assert.True(s.Source.Pmid is not null || s.Source.Pmcid is not null));
        }
        else
        {
            Assert.NotEmpty(result.Issues);
            Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
        }
    }
}
