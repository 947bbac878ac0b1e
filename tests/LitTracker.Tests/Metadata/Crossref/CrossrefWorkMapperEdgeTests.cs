using LitTracker.Metadata;
using LitTracker.Metadata.Crossref;
using LitTracker.Sources;

namespace LitTracker.Tests.Metadata.Crossref;

public class CrossrefWorkMapperEdgeTests
{
    private static string Work(string fields) =>
        """{"status":"ok","message-type":"work","message":{"DOI":"10.1234/ABC.1","type":"journal-article","title":["T"]""" + fields + "}}";

    [Fact]
    public void Map_RetractedWork_IsRetractedOnce()
    {
        var body = Work("""
            ,"updated-by":[
              {"DOI":"10.1234/retr","type":"retraction","source":"publisher","updated":{"date-parts":[[2020,2,3]]}},
              {"DOI":"10.1234/RETR","type":"retraction","source":"retraction-watch","updated":{"date-parts":[[2020,2,3]]},"record-id":"1"},
              {"DOI":"10.1234/corr","type":"correction","updated":{"date-parts":[[2019,1,1]]}}]
            """);

        var s = CrossrefWorkMapper.Map(body).Single!.Source;

        Assert.Equal(2, s.Notices.Count);
        Assert.Equal(NoticeType.Retraction, s.Notices[0].Type);
        Assert.Equal(new DateOnly(2020, 2, 3), s.Notices[0].Date);
        Assert.True(s.IsRetracted);
        Assert.Equal("10.1234/abc.1", s.Doi?.Value);
    }

    [Theory]
    [InlineData("retraction", NoticeType.Retraction)]
    [InlineData("withdrawal", NoticeType.Withdrawal)]
    [InlineData("removal", NoticeType.Withdrawal)]
    [InlineData("expression_of_concern", NoticeType.ExpressionOfConcern)]
    [InlineData("expression-of-concern", NoticeType.ExpressionOfConcern)]
    [InlineData("correction", NoticeType.Correction)]
    [InlineData("erratum", NoticeType.Correction)]
    [InlineData("corrigendum", NoticeType.Correction)]
    [InlineData("partial_retraction", NoticeType.Correction)]
    [InlineData("reinstatement", NoticeType.Reinstatement)]
    public void NoticeTypeFor_CrossmarkType_MapsToNoticeType(string type, NoticeType expected)
    {
        Assert.Equal(expected, CrossrefVocabulary.NoticeTypeFor(type));
    }

    [Theory]
    [InlineData("new_version")]
    [InlineData("new_edition")]
    [InlineData("something-else")]
    [InlineData(null)]
    public void NoticeTypeFor_NotANotice_ReturnsNull(string? type)
    {
        Assert.Null(CrossrefVocabulary.NoticeTypeFor(type));
    }

    [Fact]
    public void Map_UnknownUpdateType_WarnsAndAddsNoNotice()
    {
        var mapped = CrossrefWorkMapper.Map(Work(""","updated-by":[{"DOI":"10.1234/x","type":"mystery"},{"DOI":"10.1234/y","type":"new_version"}]""")).Single!;

        Assert.Empty(mapped.Source.Notices);
        Assert.Single(mapped.Warnings, w => w.Field == "updated-by");
    }

    [Fact]
    public void Map_RetractionNotice_ReportsTheWorkItRetracts()
    {
        var mapped = CrossrefWorkMapper.Map(Work(""","update-to":[{"DOI":"10.1016/S0140-6736(97)11096-0","type":"retraction","updated":{"date-parts":[[2010,2,2]]}}]""")).Single!;

        Assert.True(mapped.IsNotice);
        var target = Assert.Single(mapped.NoticeFor);
        Assert.Equal(NoticeType.Retraction, target.Type);
        Assert.Equal("10.1016/s0140-6736(97)11096-0", target.Doi?.Value);
        Assert.Equal(new DateOnly(2010, 2, 2), target.Date);
        Assert.False(mapped.Source.IsRetracted);
    }

    [Fact]
    public void Map_OrganisationAuthorAndSubtitle_MapsBoth()
    {
        var s = CrossrefWorkMapper.Map(Work(""","subtitle":["A <i>sub</i> title"],"author":[{"name":"WHO Group"},{"family":"Doe","given":"J","ORCID":"https://orcid.org/0000-0000-0000-0000"}]""")).Single!.Source;

        Assert.Equal("T: A sub title", s.Title);
        Assert.Equal([Author.Organisation("WHO Group"), new Author("Doe", "J")], s.Authors);
    }

    [Theory]
    [InlineData("posted-content", SourceType.Preprint)]
    [InlineData("book-chapter", SourceType.BookChapter)]
    [InlineData("proceedings-article", SourceType.Other)]
    [InlineData("report", SourceType.Report)]
    [InlineData("dataset", SourceType.Other)]
    [InlineData("monograph", SourceType.Book)]
    public void SourceTypeFor_CrossrefType_MapsToSourceType(string type, SourceType expected)
    {
        Assert.Equal(expected, CrossrefVocabulary.SourceTypeFor(type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"status":"ok","message":""")]
    [InlineData("""{"message":{}}""")]
    public void Map_UnusableBody_IsInvalid(string body)
    {
        var result = CrossrefWorkMapper.Map(body);

        Assert.Equal(MappingStatus.Invalid, result.Status);
        Assert.NotEmpty(result.Issues);
    }

    [Fact]
    public void Map_ErrorEnvelope_IsServiceError()
    {
        var result = CrossrefWorkMapper.Map("""{"status":"failed","message-type":"validation-failure","message":[{"type":"parameter-not-allowed","message":"Parameter bogus is not allowed"}]}""");

        Assert.Equal(MappingStatus.ServiceError, result.Status);
        Assert.Contains("Parameter bogus is not allowed", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EscapedLessThanInAbstract_IsKeptAsText()
    {
        var s = CrossrefWorkMapper.Map(Work(""","abstract":"<jats:p>p &lt; 0.05 and x &gt; 1</jats:p>" """)).Single!.Source;

        Assert.Equal("p < 0.05 and x > 1", s.Abstract);
    }
}
