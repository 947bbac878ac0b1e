namespace LitTracker.Sources;

/// <summary>
/// The design of the study a source reports. It sets the starting GRADE certainty
/// (see <see cref="Grading.StartingCertainty"/>).
/// </summary>
public enum StudyDesign
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Systematic review (with or without meta-analysis) of randomised trials.</summary>
    SystematicReviewOfRcts,

    /// <summary>Systematic review or meta-analysis of mixed or non-randomised studies.</summary>
    SystematicReview,

    /// <summary>Overview (umbrella review) of systematic reviews.</summary>
    UmbrellaReview,

    /// <summary>Randomised controlled trial.</summary>
    Rct,

    /// <summary>Controlled but not randomised trial.</summary>
    NonRandomisedTrial,

    /// <summary>Cohort study, prospective or retrospective, including registries with comparison.</summary>
    Cohort,

    /// <summary>Case-control study.</summary>
    CaseControl,

    /// <summary>Cross-sectional survey or analysis.</summary>
    CrossSectional,

    /// <summary>Case series or single-arm study without a control group.</summary>
    CaseSeries,

    /// <summary>Report of one or a few cases.</summary>
    CaseReport,

    /// <summary>Narrative (non-systematic) review.</summary>
    NarrativeReview,

    /// <summary>Clinical practice guideline.</summary>
    Guideline,

    /// <summary>Professional society position statement or consensus.</summary>
    PositionStatement,

    /// <summary>Expert opinion, editorial or commentary.</summary>
    ExpertOpinion,

    /// <summary>Notice or warning from a regulator.</summary>
    RegulatoryNotice,

    /// <summary>Laboratory or animal study of mechanism.</summary>
    Preclinical,

    /// <summary>A study protocol: no results.</summary>
    Protocol,

    /// <summary>A web page that is not one of the above.</summary>
    WebPage,

    /// <summary>Anything else.</summary>
    Other,
}
