using LitTracker.Metadata;
using LitTracker.Metadata.PubMed;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Metadata.PubMed;

public class ESummaryMapperTests
{
    [SharedDataFact]
    public void Map_JsonSummary_MapsIdsAndReview()
    {
        var s = Assert.Single(NcbiFilesTests.MapFile("esummary-json/esummary_pubmed_40642746.json").Sources).Source;

        Assert.Equal("40642746", s.Pmid?.ToString());
        Assert.Equal("PMC12240957", s.Pmcid?.Value);
        Assert.Equal("10.3389/fcvm.2025.1611449", s.Doi?.Value);
        Assert.Equal("Interaction of ferroptosis and cuproptosis in the perspective of pulmonary hypertension.", s.Title);
        Assert.Equal(("Frontiers in cardiovascular medicine", "Front Cardiovasc Med"), (s.Container, s.ContainerAbbreviation));
        Assert.Equal(StudyDesign.NarrativeReview, s.Design);
        Assert.Equal([new Author("Yang", "Y"), new Author("Liang", "L"), new Author("Pei", "W"), new Author("Sun", "Y")], s.Authors);
        Assert.Equal(("12", "1611449", 2025), (s.Volume, s.Pages, s.Year));
        Assert.Null(s.Issue);
    }

    [SharedDataFact]
    public void Map_VersionOneDocSum_KeepsSuffixWithInitials()
    {
        var s = NcbiFilesTests.MapFile("biopython/esummary1.xml").Sources[0].Source;

        Assert.Equal(new Author("Hambrick", "GW Jr"), s.Authors[1]);
        Assert.Equal((1965, (int?)8), (s.Year, s.Month));
        Assert.Equal("Archives of dermatology", s.Container);
    }

    [SharedDataFact]
    public void Map_PmcSummary_UsesPmidFromIdsNotUid()
    {
        var s = NcbiFilesTests.MapFile("eutils-json-klortho/esummary.pmc.xml").Sources[0].Source;

        Assert.Equal("3029418", s.Pmid?.ToString());
        Assert.Equal("PMC254085", s.Pmcid?.Value);
    }

    [SharedDataFact]
    public void Map_JsonAndXmlOfSameSummary_Agree()
    {
        var json = NcbiFilesTests.MapFile("eutils-json-klortho/esummary.pubmed.json").Sources.Select(m => m.Source).ToList();
        var xml = NcbiFilesTests.MapFile("eutils-json-klortho/esummary.pubmed.xml").Sources.Select(m => m.Source).ToList();

        Assert.Equal(xml.Select(s => (s.Pmid, s.Doi, s.Title, s.Year, s.Month, s.Pages)), json.Select(s => (s.Pmid, s.Doi, s.Title, s.Year, s.Month, s.Pages)));
        Assert.Equal("10.1093/nar/gkr1202", json[1].Doi?.Value);
    }

    [Fact]
    public void Map_UidWithError_SkipsItAndKeepsOthers()
    {
        var body = """
            {"header":{"type":"esummary","version":"0.3"},"result":{"uids":["1","99999999999"],
             "1":{"uid":"1","title":"T","pubtype":["Retracted Publication","Journal Article"],"articleids":[{"idtype":"pubmed","value":"1"}],
                  "references":[{"refsource":"J. 2020 Jan 2;1:1","reftype":"Retraction in","pmid":"5"}]},
             "99999999999":{"uid":"99999999999","error":"cannot get document summary"}}}
            """;

        var result = ESummaryJsonMapper.Map(body);

        Assert.Equal(MappingStatus.Mapped, result.Status);
        var s = Assert.Single(result.Sources).Source;
        Assert.True(s.IsRetracted);
        Assert.Equal(new DateOnly(2020, 1, 2), Assert.Single(s.Notices).Date);
        Assert.Contains("cannot get document summary", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":"API rate limit exceeded","api-key":"1.2.3.4","count":"11","limit":"10"}""", MappingStatus.ServiceError)]
    [InlineData("""{"header":{"type":"esummary"},"result":{"uids":[]}}""", MappingStatus.NotFound)]
    [InlineData("""{"header":{"type":"esummary"},"res""", MappingStatus.Invalid)]
    [InlineData("", MappingStatus.Invalid)]
    public void Map_UnusableJson_ReportsStatus(string body, MappingStatus expected)
    {
        Assert.Equal(expected, ESummaryJsonMapper.Map(body).Status);
    }
}
