using LitTracker.Metadata;
using LitTracker.Metadata.PubMed;
using LitTracker.Sources;

namespace LitTracker.Tests.Metadata.PubMed;

public class PubMedXmlMapperTests
{
    private static MappedSource MapSingle(string file)
    {
        var result = NcbiFilesTests.MapFile(file);
        Assert.Equal(MappingStatus.Mapped, result.Status);
        return Assert.Single(result.Sources);
    }

    [TestSupport.SharedDataFact]
    public void Map_ObservationalStudy_MapsFieldsDesignAndIds()
    {
        var mapped = MapSingle("biopython/pubmed4.xml");
        var s = mapped.Source;

        Assert.Equal(FieldOrigin.PubMed, mapped.Origin);
        Assert.Equal("27797938", s.Pmid?.ToString());
        Assert.Equal("PMC5442267", s.Pmcid?.Value);
        Assert.Equal("10.1136/gutjnl-2016-312510", s.Doi?.Value);
        Assert.Equal(StudyDesign.Cohort, s.Design);
        Assert.Equal("Observational Study", s.DesignDetail);
        Assert.Equal(Population.Human, s.Population);
        Assert.Equal(22, s.Authors.Count);
        Assert.Equal(new Author("Bao", "Ying"), s.Authors[0]);
        Assert.Equal(("Gut", "Gut", "66", "6", "1116-1122"), (s.Container, s.ContainerAbbreviation, s.Volume, s.Issue, s.Pages));
        Assert.Equal((2017, 6), (s.Year, s.Month));
        Assert.StartsWith("OBJECTIVE: Telomere shortening", s.Abstract, StringComparison.Ordinal);
        Assert.Contains("\n\nDESIGN: ", s.Abstract, StringComparison.Ordinal);

        // CommentIn and Cites links are not editorial notices.
        Assert.Empty(s.Notices);
        Assert.False(mapped.IsNotice);
    }

    [TestSupport.SharedDataFact]
    public void Map_CollectiveAuthor_BecomesOrganisation()
    {
        var s = MapSingle("biopython/pubmed7.xml").Source;

        Assert.Equal(Author.Organisation("Canadian Respiratory Research Network"), s.Authors[^1]);
        Assert.Equal("PMC6022861", s.Pmcid?.Value);
        Assert.Equal("10.1117/1.jmi.5.2.026002", s.Doi?.Value);
    }

    [TestSupport.SharedDataFact]
    public void Map_ReviewWithSeasonDate_KeepsYearOnly()
    {
        var result = NcbiFilesTests.MapFile("biopython/pubmed1.xml");

        var review = result.Sources[0].Source;
        Assert.Equal(StudyDesign.NarrativeReview, review.Design);
        Assert.Equal(1990, review.Year);
        Assert.Null(review.Month);
        Assert.Equal("Soc Justice", review.ContainerAbbreviation);
    }

    [TestSupport.SharedDataFact]
    public void Map_BookArticle_MapsBookWithoutEditorsAsAuthors()
    {
        var result = NcbiFilesTests.MapFile("eutils-json-klortho/efetch.pubmedexample.xml");

        var book = result.Sources[1].Source;
        Assert.Equal(SourceType.Book, book.Type);
        Assert.Equal("GeneReviews™", book.Title);
        Assert.Equal("20301295", book.Pmid?.ToString());
        Assert.Equal("University of Washington, Seattle", book.Publisher);
        Assert.Equal("https://www.ncbi.nlm.nih.gov/books/NBK1116/", book.Url);
        Assert.Empty(book.Authors);
        Assert.Equal(1993, book.Year);
    }

    private const string Header = """
        <?xml version="1.0" ?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
        """;

    private static string Article(string pmid, string pubTypes, string comments = "", string title = "A title.") => $"""
        <PubmedArticle><MedlineCitation><PMID Version="1">{pmid}</PMID>
        <Article><Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue><Title>J</Title></Journal>
        <ArticleTitle>{title}</ArticleTitle>
        <AuthorList CompleteYN="N"><Author ValidYN="Y"><LastName>Smith</LastName><Initials>J</Initials><Suffix>Jr</Suffix></Author><Author ValidYN="N"><LastName>Wrong</LastName></Author></AuthorList>
        <PublicationTypeList>{pubTypes}</PublicationTypeList></Article>
        <CommentsCorrectionsList>{comments}</CommentsCorrectionsList></MedlineCitation>
        <PubmedData><ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
        """;

    private static MappedSource MapArticle(string article) =>
        Assert.Single(PubMedXmlMapper.Map($"{Header}<PubmedArticleSet>{article}</PubmedArticleSet>").Sources);

    [Fact]
    public void Map_RetractedPublicationWithRetractionIn_HasOneRetraction()
    {
        var mapped = MapArticle(Article("9500320",
            "<PublicationType>Journal Article</PublicationType><PublicationType>Retracted Publication</PublicationType>",
            """<CommentsCorrections RefType="RetractionIn"><RefSource>Lancet. 2010 Feb 6;375(9713):445</RefSource><PMID Version="1">20137807</PMID></CommentsCorrections>"""));

        var notice = Assert.Single(mapped.Source.Notices);
        Assert.Equal(NoticeType.Retraction, notice.Type);
        Assert.Equal(new DateOnly(2010, 2, 6), notice.Date);
        Assert.Equal(NoticeOrigins.PubMed, notice.Origin);
        Assert.Contains("20137807", notice.Reason, StringComparison.Ordinal);
        Assert.True(mapped.Source.IsRetracted);
    }

    [Fact]
    public void Map_RetractedPublicationWithoutLink_StillRetracted()
    {
        var mapped = MapArticle(Article("1", "<PublicationType>Retracted Publication</PublicationType>"));

        Assert.True(mapped.Source.IsRetracted);
        Assert.Equal(StudyDesign.Unspecified, mapped.Source.Design);
    }

    [Fact]
    public void Map_ErratumIn_IsCorrectionNotRetraction()
    {
        var mapped = MapArticle(Article("2", "<PublicationType>Randomized Controlled Trial</PublicationType>",
            """<CommentsCorrections RefType="ErratumIn"><RefSource>J. 2001 Mar;5(1):2</RefSource><PMID>3</PMID></CommentsCorrections><CommentsCorrections RefType="CommentIn"><RefSource>X</RefSource><PMID>4</PMID></CommentsCorrections>"""));

        Assert.Equal(NoticeType.Correction, Assert.Single(mapped.Source.Notices).Type);
        Assert.False(mapped.Source.IsRetracted);
        Assert.Equal(StudyDesign.Rct, mapped.Source.Design);
    }

    [Fact]
    public void Map_RetractionNotice_NamesTheRetractedWork()
    {
        var mapped = MapArticle(Article("20137807", "<PublicationType>Retraction of Publication</PublicationType>",
            """<CommentsCorrections RefType="RetractionOf"><RefSource>Lancet. 1998 Feb 28;351(9103):637-41</RefSource><PMID Version="1">9500320</PMID></CommentsCorrections>"""));

        Assert.True(mapped.IsNotice);
        var target = Assert.Single(mapped.NoticeFor);
        Assert.Equal((NoticeType.Retraction, "9500320"), (target.Type, target.Pmid?.ToString()));
        Assert.Empty(mapped.Source.Notices);
        Assert.False(mapped.Source.IsRetracted);
        Assert.Equal(StudyDesign.Other, mapped.Source.Design);
    }

    [Fact]
    public void Map_AuthorsAndMedlineDate_ParsedCarefully()
    {
        var s = MapArticle(Article("5", "")).Source;

        Assert.Equal(new Author("Smith", "J Jr"), Assert.Single(s.Authors));
        Assert.True(s.AuthorsIncomplete);
        Assert.Equal(1998, s.Year);
        Assert.Null(s.Month);
    }

    [Fact]
    public void Map_ExternalEntity_IsNeverResolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xml = $"""<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM "file://{secret}">]><PubmedArticleSet>{Article("6", "", title: "T &x;")}</PubmedArticleSet>""";

            var result = PubMedXmlMapper.Map(xml);

            Assert.DoesNotContain(result.Sources, s => s.Source.Title.Contains("SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Map_EmptyArticleSet_IsNotFound()
    {
        Assert.Equal(MappingStatus.NotFound, PubMedXmlMapper.Map($"{Header}<PubmedArticleSet></PubmedArticleSet>").Status);
    }

    [Fact]
    public void Map_TruncatedXml_IsInvalidWithLine()
    {
        var result = PubMedXmlMapper.Map($"{Header}<PubmedArticleSet>{Article("7", "")[..200]}");

        Assert.Equal(MappingStatus.Invalid, result.Status);
        Assert.NotNull(Assert.Single(result.Issues).Line);
    }

    [Fact]
    public void Map_OneBadArticle_KeepsTheGoodOne()
    {
        var result = PubMedXmlMapper.Map($"{Header}<PubmedArticleSet><PubmedArticle><MedlineCitation/></PubmedArticle>{Article("8", "")}</PubmedArticleSet>");

        Assert.Equal(MappingStatus.Mapped, result.Status);
        Assert.Equal("8", Assert.Single(result.Sources).Source.Pmid?.ToString());
        Assert.NotNull(Assert.Single(result.Issues).Line);
    }
}
