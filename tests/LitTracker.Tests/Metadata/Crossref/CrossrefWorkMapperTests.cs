using LitTracker.Metadata;
using LitTracker.Metadata.Crossref;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Metadata.Crossref;

public class CrossrefWorkMapperTests
{
    // file name under testdata/crossref/works, DOI, author count
    public static TheoryData<string, string, int> WorkFiles => new()
    {
        { "habanero_10.1002_jor.1100150407.json", "10.1002/jor.1100150407", 12 },
        { "habanero_10.1016_j.neurobiolaging.2010.03.024.json", "10.1016/j.neurobiolaging.2010.03.024", 11 },
        { "habanero_10.1038_srep16696.json", "10.1038/srep16696", 8 },
        { "habanero_10.1109_icdcsw.2003.1203662.json", "10.1109/icdcsw.2003.1203662", 2 },
        { "habanero_10.1136_esmoopen-2020-000776.json", "10.1136/esmoopen-2020-000776", 13 },
        { "habanero_10.1136_jclinpath-2020-206745.json", "10.1136/jclinpath-2020-206745", 15 },
        { "habanero_10.1371_journal.pone.0020476.json", "10.1371/journal.pone.0020476", 5 },
        { "habanero_10.1371_journal.pone.0033693.json", "10.1371/journal.pone.0033693", 6 },
        { "habanero_10.3892_ijo_00000353.json", "10.3892/ijo_00000353", 1 },
    };

    private static MappingResult MapFile(params string[] parts) =>
        CrossrefWorkMapper.Map(File.ReadAllText(SharedData.Path(["testdata", "crossref", .. parts])));

    private static MappedSource MapWork(string file)
    {
        var result = MapFile("works", file);
        Assert.Equal(MappingStatus.Mapped, result.Status);
        return Assert.Single(result.Sources);
    }

    [SharedDataFact]
    public void Map_EveryWorksFile_IsCoveredByTheTheory()
    {
        var files = Directory.GetFiles(SharedData.Path("testdata", "crossref", "works"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        var covered = WorkFiles.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(covered, files);
    }

    [SharedDataTheory]
    [MemberData(nameof(WorkFiles))]
    public void Map_RecordedWork_HasTitleDoiAndAuthors(string file, string doi, int authorCount)
    {
        var mapped = MapWork(file);

        Assert.False(string.IsNullOrWhiteSpace(mapped.Source.Title));
        Assert.Equal(doi, mapped.Source.Doi?.Value);
        Assert.Equal(authorCount, mapped.Source.Authors.Count);
        Assert.Equal(FieldOrigin.Crossref, mapped.Origin);
        Assert.Contains(SourceField.Title, mapped.FilledFields);
        Assert.DoesNotContain(mapped.Source.Title, c => c is '<' or '\n');
    }

    [SharedDataFact]
    public void Map_PlosOneWithCorrection_YieldsCorrectionNeverRetraction()
    {
        var mapped = MapWork("habanero_10.1371_journal.pone.0033693.json");

        var notice = Assert.Single(mapped.Source.Notices);
        Assert.Equal(NoticeType.Correction, notice.Type);
        Assert.Equal("10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda", notice.NoticeDoi?.Value);
        Assert.Equal(new DateOnly(2012, 5, 8), notice.Date);
        Assert.Equal(NoticeOrigins.Crossref, notice.Origin);
        Assert.False(mapped.Source.IsRetracted);
        Assert.False(mapped.IsNotice);
    }

    [SharedDataFact]
    public void Map_JorArticle_MapsBibliographicFields()
    {
        var s = MapWork("habanero_10.1002_jor.1100150407.json").Source;

        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal("Growth hormone secretagogue increases muscle strength during remobilization after canine hindlimb immobilization", s.Title);
        Assert.Equal("Journal of Orthopaedic Research", s.Container);
        Assert.Equal("Journal Orthopaedic Research", s.ContainerAbbreviation);
        Assert.Equal((1997, 7, (int?)null), (s.Year, s.Month, s.Day));
        Assert.Equal(("15", "4", "519-527"), (s.Volume, s.Issue, s.Pages));
        Assert.Equal("Wiley", s.Publisher);
        Assert.Equal(new Author("Lieber", "Richard L."), s.Authors[0]);
        Assert.StartsWith("Twenty‐two beagles were divided", s.Abstract, StringComparison.Ordinal);
        Assert.Empty(s.Notices);
    }

    [SharedDataFact]
    public void Map_JclinpathWithJatsMarkup_StripsTagsAndKeepsSections()
    {
        var s = MapWork("habanero_10.1136_jclinpath-2020-206745.json").Source;

        Assert.Equal("Construction of a reference material panel for detecting KRAS / NRAS / EGFR / BRAF / MET mutations in plasma ctDNA", s.Title);
        Assert.NotNull(s.Abstract);
        Assert.StartsWith("Background: The absence of high-quality", s.Abstract, StringComparison.Ordinal);
        Assert.Contains("\n\nObjective: This study aimed", s.Abstract, StringComparison.Ordinal);
        Assert.Contains("Kirsten rat sarcoma viral oncogene (KRAS)/neuroblastoma", s.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain("<", s.Abstract, StringComparison.Ordinal);
        Assert.Equal((2020, 8, (int?)17), (s.Year, s.Month, s.Day));
        Assert.Equal("https://jcp.bmj.com/lookup/doi/10.1136/jclinpath-2020-206745", s.Url);
    }

    [SharedDataFact]
    public void Map_EsmoOpenWithArticleNumberAndYearOnly_UsesPageAndYear()
    {
        var s = MapWork("habanero_10.1136_esmoopen-2020-000776.json").Source;

        Assert.Equal("e000776", s.Pages);
        Assert.Equal(2020, s.Year);
        Assert.Null(s.Month);
        Assert.Equal("ESMO Open", s.Container);
    }

    [SharedDataFact]
    public void Map_ProceedingsWithNullIssuedDate_MapsWithoutDateAndWarns()
    {
        var mapped = MapWork("habanero_10.1109_icdcsw.2003.1203662.json");

        Assert.Equal(SourceType.Other, mapped.Source.Type);
        Assert.Null(mapped.Source.Year);
        Assert.Contains(mapped.Warnings, w => w.Field == "issued");
        Assert.DoesNotContain(SourceField.Date, mapped.FilledFields);
    }

    [SharedDataFact]
    public void Map_SingleAuthorWithoutGivenName_KeepsFamilyName()
    {
        var s = MapWork("habanero_10.3892_ijo_00000353.json").Source;

        Assert.Equal(new Author("Stravopodis"), Assert.Single(s.Authors));
        Assert.Equal("Spandidos Publications", s.Publisher);
        Assert.Null(s.Pages);
    }

    [SharedDataFact]
    public void Map_ScientificReports_UsesArticleNumberAsPages()
    {
        var s = MapWork("habanero_10.1038_srep16696.json").Source;

        Assert.Equal("16696", s.Pages);
        Assert.Equal("Sci Rep", s.ContainerAbbreviation);
        Assert.Equal("Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson’s disease genetically related mutants", s.Title);
    }

    [SharedDataFact]
    public void Map_NotFoundBody_ReturnsNotFound()
    {
        var result = MapFile("other", "habanero_10.1371_notarealdoi_404_body.txt");

        Assert.Equal(MappingStatus.NotFound, result.Status);
        Assert.Empty(result.Sources);
        Assert.Contains("no record", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    [InlineData("habanero_works_query_ecology_author_boettiger_20items.json", 20)]
    [InlineData("habanero_works_query_ecology_rows2.json", 2)]
    public void Map_WorkList_MapsEveryItem(string file, int count)
    {
        var result = MapFile("other", file);

        Assert.Equal(MappingStatus.Mapped, result.Status);
        Assert.Equal(count, result.Sources.Count);
        Assert.All(result.Sources, s => Assert.NotNull(s.Source.Doi));
    }

    [SharedDataFact]
    public void Map_WorkListWithPostedContent_MapsPreprint()
    {
        var result = MapFile("other", "habanero_works_query_ecology_author_boettiger_20items.json");

        var preprint = Assert.Single(result.Sources, s => s.Source.Doi?.Value == "10.1101/055319");
        Assert.Equal(SourceType.Preprint, preprint.Source.Type);
    }

    [SharedDataTheory]
    [InlineData("habanero_10.1126_science.169.3946.635_agency.json")]
    [InlineData("rcrossref_10.1038_jid.2009.428_agency.json")]
    public void Map_AgencyMessage_IsInvalidWithHint(string file)
    {
        var result = MapFile("other", file);

        Assert.Equal(MappingStatus.Invalid, result.Status);
        Assert.Contains("work-agency", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Map_TruncatedRecordedWork_IsInvalidWithPosition()
    {
        var text = File.ReadAllText(SharedData.Path("testdata", "crossref", "works", "habanero_10.1371_journal.pone.0033693.json"));

        var result = CrossrefWorkMapper.Map(text[..(text.Length / 2)]);

        Assert.Equal(MappingStatus.Invalid, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.NotNull(issue.Line);
        Assert.NotNull(issue.Column);
    }
}
