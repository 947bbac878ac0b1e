using LitTracker.Sources;

namespace LitTracker.Grading;

/// <summary>
/// The GRADE starting level a study design suggests, after Oxford CEBM 2011 levels: systematic
/// reviews of RCTs and RCTs start high; non-randomised comparisons and reviews of them start low;
/// case series, expert opinion, mechanism, animal or in-vitro work and web pages start very low.
/// A reviewer may move the grade with a stated reason (risk of bias, inconsistency, indirectness,
/// imprecision, publication bias; or large effect, dose-response).
/// </summary>
public static class StartingCertainty
{
    /// <summary>The suggested starting certainty for evidence of this design.</summary>
    public static Certainty For(StudyDesign design) => design switch
    {
        StudyDesign.SystematicReviewOfRcts => Certainty.High,
        StudyDesign.Rct => Certainty.High,
        StudyDesign.SystematicReview => Certainty.Low,
        StudyDesign.UmbrellaReview => Certainty.Low,
        StudyDesign.NonRandomisedTrial => Certainty.Low,
        StudyDesign.Cohort => Certainty.Low,
        StudyDesign.CaseControl => Certainty.Low,
        StudyDesign.Guideline => Certainty.Low,
        _ => Certainty.VeryLow,
    };
}
