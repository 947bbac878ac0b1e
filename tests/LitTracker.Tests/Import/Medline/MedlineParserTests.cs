using LitTracker.Import.Medline;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Import.Medline;

public class MedlineParserTests
{
    private const string Record = """
        PMID- 40000001
        OWN - NLM
        TI  - Daily step counts and mortality in older women: a prospective
              cohort study.
        PG  - 101-109
        LID - 10.5555/steps.2023.7 [doi]
        AB  - We followed women for ten years.
        FAU - Ødegård, Ingrid Marie
        AU  - Ødegård IM
        FAU - van der Berg, Jan
        AU  - van der Berg J
        CN  - Step Study Group
        PT  - Journal Article
        DP  - 2023 Mar 14
        TA  - J Aging Health
        JT  - Journal of aging and health
        VI  - 35
        IP  - 2
        PMC - PMC9900001

        PMID- 40000002
        TI  - Second record.
        AU  - Lee K
        DP  - 2022
        """;

    [Fact]
    public void Parse_FullRecord_MapsEveryTag()
    {
        var run = ParseRun.Of(new MedlineParser(), Record);

        Assert.Equal(2, run.Records.Count);
        var s = run.Records[0].Source;
        Assert.Equal("40000001", run.Records[0].RecordKey);
        Assert.Equal(40000001, s.Pmid?.Value);
        Assert.Equal("Daily step counts and mortality in older women: a prospective cohort study.", s.Title);
        Assert.Equal(new Author("Ødegård", "Ingrid Marie"), s.Authors[0]);
        Assert.Equal("van der Berg", s.Authors[1].Family);
        Assert.Equal("Step Study Group", s.Authors[2].Literal);
        Assert.Equal(("Journal of aging and health", "J Aging Health"), (s.Container, s.ContainerAbbreviation));
        Assert.Equal((2023, 3, 14), (s.Year, s.Month, s.Day));
        Assert.Equal(("35", "2", "101-109"), (s.Volume, s.Issue, s.Pages));
        Assert.Equal("10.5555/steps.2023.7", s.Doi?.Value);
        Assert.Equal("PMC9900001", s.Pmcid?.Value);
        Assert.Equal("We followed women for ten years.", s.Abstract);
        Assert.Empty(run.AllIssues);
    }

    [Fact]
    public void Parse_TagBeforePmid_ReportsLineAndKeepsLaterRecords()
    {
        var run = ParseRun.Of(new MedlineParser(), "TI  - orphan\nPMID- 1\nTI  - Kept\n");

        var issue = Assert.Single(run.FileIssues);
        Assert.Equal(1, issue.Line);
        Assert.Equal("Kept", run.Single.Source.Title);
    }

    [SharedDataTheory]
    [InlineData("biopython_pubmed_result1.txt", 1)]
    [InlineData("biopython_pubmed_result2.txt", 4)]
    [InlineData("biopython_pubmed_result3.txt", 1)]
    public void Parse_BiopythonFixture_YieldsEveryRecordWithPmidAndTitle(string name, int count)
    {
        var run = ParseRun.OfFile(new MedlineParser(), SharedData.Path("testdata", "ncbi", "medline", name));

        Assert.Equal(count, run.Records.Count);
        Assert.All(run.Records, r => Assert.NotNull(r.Source.Pmid));
        Assert.All(run.Records, r => Assert.NotEmpty(r.Source.Title));
        Assert.All(run.Records, r => Assert.NotEmpty(r.Source.Authors));
        Assert.Empty(run.FileIssues);
    }

    [SharedDataFact]
    public void Parse_BiopythonResult1_MapsKnownValues()
    {
        var run = ParseRun.OfFile(new MedlineParser(), SharedData.Path("testdata", "ncbi", "medline", "biopython_pubmed_result1.txt"));

        var s = run.Single.Source;
        Assert.Equal(12230038, s.Pmid?.Value);
        Assert.Equal("Mangalam", s.Authors[0].Family);
        Assert.Equal((2002, 9), (s.Year, s.Month));
        Assert.Equal("Brief Bioinform", s.ContainerAbbreviation);
        Assert.Equal("296-302", s.Pages);
    }
}
