using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Tests.Grading;

public sealed class StartingCertaintyTests
{
    /// <summary>The whole mapping, so that a new design or a moved level is a deliberate change here.</summary>
    private static readonly Dictionary<StudyDesign, Certainty> Expected = new()
    {
        [StudyDesign.Unspecified] = Certainty.VeryLow,
        [StudyDesign.SystematicReviewOfRcts] = Certainty.High,
        [StudyDesign.Rct] = Certainty.High,
        [StudyDesign.SystematicReview] = Certainty.Low,
        [StudyDesign.UmbrellaReview] = Certainty.Low,
        [StudyDesign.NonRandomisedTrial] = Certainty.Low,
        [StudyDesign.Cohort] = Certainty.Low,
        [StudyDesign.CaseControl] = Certainty.Low,
        [StudyDesign.Guideline] = Certainty.Low,
        [StudyDesign.CrossSectional] = Certainty.VeryLow,
        [StudyDesign.CaseSeries] = Certainty.VeryLow,
        [StudyDesign.CaseReport] = Certainty.VeryLow,
        [StudyDesign.NarrativeReview] = Certainty.VeryLow,
        [StudyDesign.PositionStatement] = Certainty.VeryLow,
        [StudyDesign.ExpertOpinion] = Certainty.VeryLow,
        [StudyDesign.RegulatoryNotice] = Certainty.VeryLow,
        [StudyDesign.Preclinical] = Certainty.VeryLow,
        [StudyDesign.Protocol] = Certainty.VeryLow,
        [StudyDesign.WebPage] = Certainty.VeryLow,
        [StudyDesign.Other] = Certainty.VeryLow,
    };

    public static TheoryData<StudyDesign> Designs => new(Enum.GetValues<StudyDesign>());

    [Theory]
    [MemberData(nameof(Designs))]
    public void For_EveryDesign_MatchesCebmTable(StudyDesign design)
    {
        Assert.True(Expected.TryGetValue(design, out var expected), $"{design} has no expected starting level in this test; decide one.");

        Assert.Equal(expected, StartingCertainty.For(design));
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void For_EveryDesign_IsAGradedLevel(StudyDesign design)
    {
        var level = StartingCertainty.For(design);

        Assert.True(Enum.IsDefined(level));
        Assert.NotEqual(Certainty.Unspecified, level);
    }

    [Fact]
    public void For_RandomisedEvidence_StartsAboveObservational()
    {
        Assert.True(StartingCertainty.For(StudyDesign.Rct) > StartingCertainty.For(StudyDesign.Cohort));
        Assert.True(StartingCertainty.For(StudyDesign.SystematicReviewOfRcts) > StartingCertainty.For(StudyDesign.SystematicReview));
        Assert.True(StartingCertainty.For(StudyDesign.Cohort) > StartingCertainty.For(StudyDesign.CaseSeries));
    }
}
