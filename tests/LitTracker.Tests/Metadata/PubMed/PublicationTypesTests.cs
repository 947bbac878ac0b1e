using LitTracker.Metadata.PubMed;
using LitTracker.Sources;

namespace LitTracker.Tests.Metadata.PubMed;

public class PublicationTypesTests
{
    [Theory]
    [InlineData("Meta-Analysis", "Exercise for knee pain", StudyDesign.SystematicReview)]
    [InlineData("Systematic Review;Review", "A meta-analysis of randomised controlled trials", StudyDesign.SystematicReviewOfRcts)]
    [InlineData("Meta-Analysis", "Stem cells for osteoarthritis: an umbrella review", StudyDesign.UmbrellaReview)]
    [InlineData("Meta-Analysis;Randomized Controlled Trial", null, StudyDesign.SystematicReviewOfRcts)]
    [InlineData("Randomized Controlled Trial;Journal Article", null, StudyDesign.Rct)]
    [InlineData("Clinical Trial, Phase II", null, StudyDesign.NonRandomisedTrial)]
    [InlineData("Controlled Clinical Trial", null, StudyDesign.NonRandomisedTrial)]
    [InlineData("Observational Study", null, StudyDesign.Cohort)]
    [InlineData("Case Reports", null, StudyDesign.CaseReport)]
    [InlineData("Review", null, StudyDesign.NarrativeReview)]
    [InlineData("Practice Guideline;Review", null, StudyDesign.Guideline)]
    [InlineData("Consensus Development Conference", null, StudyDesign.PositionStatement)]
    [InlineData("Editorial", null, StudyDesign.ExpertOpinion)]
    [InlineData("Comment;Letter", null, StudyDesign.ExpertOpinion)]
    [InlineData("Clinical Trial Protocol;Randomized Controlled Trial", null, StudyDesign.Protocol)]
    [InlineData("Retraction of Publication", null, StudyDesign.Other)]
    [InlineData("Retracted Publication;Randomized Controlled Trial", null, StudyDesign.Rct)]
    [InlineData("Journal Article;Research Support, Non-U.S. Gov't", null, StudyDesign.Unspecified)]
    public void DesignFor_PublicationTypes_FollowsTable(string types, string? title, StudyDesign expected)
    {
        Assert.Equal(expected, PublicationTypes.DesignFor(types.Split(';'), title));
    }

    [Theory]
    [InlineData("Retraction of Publication", NoticeType.Retraction)]
    [InlineData("Published Erratum", NoticeType.Correction)]
    [InlineData("Expression of Concern", NoticeType.ExpressionOfConcern)]
    public void NoticeTypeOfRecord_NoticeTypes_AreRecognised(string type, NoticeType expected)
    {
        Assert.Equal(expected, PublicationTypes.NoticeTypeOfRecord([type]));
    }

    [Fact]
    public void Detail_GenericTypesOnly_IsNull()
    {
        Assert.Null(PublicationTypes.Detail(["Journal Article", "Research Support, N.I.H., Extramural"]));
        Assert.Equal("Meta-Analysis; Systematic Review", PublicationTypes.Detail(["Journal Article", "Meta-Analysis", "Systematic Review"]));
    }

    [Theory]
    [InlineData("1968 Aug", 1968, 8, null)]
    [InlineData("2025 Jun 26", 2025, 6, 26)]
    [InlineData("1998 Dec-1999 Jan", 1998, null, null)]
    [InlineData("2001 Spring", 2001, null, null)]
    [InlineData("2010/07/11 06:29", 2010, 7, 11)]
    [InlineData("2021 Feb 30", 2021, 2, null)]
    public void PubMedDate_FromText_KeepsWhatIsCertain(string text, int year, int? month, int? day)
    {
        Assert.Equal((year, month, day), PubMedDate.FromText(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("n.d.")]
    public void PubMedDate_FromText_NoYear_IsNull(string text)
    {
        Assert.Null(PubMedDate.FromText(text));
    }
}
