using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>
/// PubMed publication types (MeSH "Publication Type" terms) → study design, and the types that
/// are editorial notices. The first matching row wins:
/// <list type="table">
/// <listheader><term>publication type</term><description>design</description></listheader>
/// <item><term>Retraction of Publication, Published Erratum, Expression of Concern</term><description><see cref="StudyDesign.Other"/>: the record is a notice, not a study</description></item>
/// <item><term>Practice Guideline, Guideline</term><description><see cref="StudyDesign.Guideline"/></description></item>
/// <item><term>Consensus Development Conference (, NIH)</term><description><see cref="StudyDesign.PositionStatement"/></description></item>
/// <item><term>Meta-Analysis, Systematic Review, Network Meta-Analysis</term><description><see cref="StudyDesign.UmbrellaReview"/> when the title says "umbrella review" or "overview of (systematic) reviews"; <see cref="StudyDesign.SystematicReviewOfRcts"/> when the title names randomised trials or RCTs (or Randomized Controlled Trial is also a type); else <see cref="StudyDesign.SystematicReview"/></description></item>
/// <item><term>Clinical Trial Protocol</term><description><see cref="StudyDesign.Protocol"/></description></item>
/// <item><term>Randomized Controlled Trial (, Veterinary)</term><description><see cref="StudyDesign.Rct"/></description></item>
/// <item><term>Controlled Clinical Trial, Clinical Trial, Clinical Trial Phase I–IV, Pragmatic Clinical Trial</term><description><see cref="StudyDesign.NonRandomisedTrial"/> (no randomisation is recorded; starts low, like a cohort)</description></item>
/// <item><term>Observational Study (, Veterinary)</term><description><see cref="StudyDesign.Cohort"/></description></item>
/// <item><term>Case Reports</term><description><see cref="StudyDesign.CaseReport"/></description></item>
/// <item><term>Review, Scoping Review</term><description><see cref="StudyDesign.NarrativeReview"/> (a scoping review maps evidence without appraising it)</description></item>
/// <item><term>Editorial, Comment, Letter</term><description><see cref="StudyDesign.ExpertOpinion"/></description></item>
/// <item><term>anything else (Journal Article, Research Support…)</term><description><see cref="StudyDesign.Unspecified"/>: a person decides</description></item>
/// </list>
/// "Retracted Publication" does not change the design: the work is still what it was, and it gets
/// a <see cref="NoticeType.Retraction"/> notice.
/// </summary>
public static partial class PublicationTypes
{
    /// <summary>The publication type PubMed gives a retracted work.</summary>
    public const string RetractedPublication = "Retracted Publication";

    /// <summary>The publication type of a retraction notice.</summary>
    public const string RetractionOfPublication = "Retraction of Publication";

    // Types that say nothing about design; left out of the verbatim design detail.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "Journal Article", "English Abstract", "Comparative Study", "Multicenter Study", "Preprint",
        "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S.", "Research Support, U.S. Gov't, Non-P.H.S.",
        "Research Support, N.I.H., Extramural", "Research Support, N.I.H., Intramural", "Research Support, American Recovery and Reinvestment Act",
        "Research Support, U.S. Gov't", RetractedPublication,
    };

    /// <summary>The study design the publication types (and, for reviews, the title) describe.</summary>
    public static StudyDesign DesignFor(IEnumerable<string> publicationTypes, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(publicationTypes);
        var types = new HashSet<string>(publicationTypes.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        bool Has(params string[] names) => names.Any(types.Contains);

        if (NoticeTypeOfRecord(types) is not null)
        {
            return StudyDesign.Other;
        }

        if (Has("Practice Guideline", "Guideline"))
        {
            return StudyDesign.Guideline;
        }

        if (Has("Consensus Development Conference", "Consensus Development Conference, NIH"))
        {
            return StudyDesign.PositionStatement;
        }

        if (Has("Meta-Analysis", "Systematic Review", "Network Meta-Analysis"))
        {
            if (title is not null && UmbrellaTitle().IsMatch(title))
            {
                return StudyDesign.UmbrellaReview;
            }

            return (title is not null && RctTitle().IsMatch(title)) || Has("Randomized Controlled Trial")
                ? StudyDesign.SystematicReviewOfRcts
                : StudyDesign.SystematicReview;
        }

        if (Has("Clinical Trial Protocol"))
        {
            return StudyDesign.Protocol;
        }

        if (Has("Randomized Controlled Trial", "Randomized Controlled Trial, Veterinary"))
        {
            return StudyDesign.Rct;
        }

        if (Has("Controlled Clinical Trial", "Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II",
                "Clinical Trial, Phase III", "Clinical Trial, Phase IV", "Pragmatic Clinical Trial", "Clinical Trial, Veterinary"))
        {
            return StudyDesign.NonRandomisedTrial;
        }

        if (Has("Observational Study", "Observational Study, Veterinary"))
        {
            return StudyDesign.Cohort;
        }

        if (Has("Case Reports"))
        {
            return StudyDesign.CaseReport;
        }

        if (Has("Review", "Scoping Review"))
        {
            return StudyDesign.NarrativeReview;
        }

        return Has("Editorial", "Comment", "Letter") ? StudyDesign.ExpertOpinion : StudyDesign.Unspecified;
    }

    /// <summary>
    /// The kind of notice a record is when its publication types say so ("Retraction of
    /// Publication", "Published Erratum", "Expression of Concern"); null for an ordinary work.
    /// </summary>
    public static NoticeType? NoticeTypeOfRecord(IEnumerable<string> publicationTypes)
    {
        ArgumentNullException.ThrowIfNull(publicationTypes);
        foreach (var t in publicationTypes)
        {
            switch (t.Trim().ToUpperInvariant())
            {
                case "RETRACTION OF PUBLICATION": return NoticeType.Retraction;
                case "PUBLISHED ERRATUM": return NoticeType.Correction;
                case "EXPRESSION OF CONCERN": return NoticeType.ExpressionOfConcern;
                default: break;
            }
        }

        return null;
    }

    /// <summary>True when PubMed marks the work itself as retracted.</summary>
    public static bool IsRetracted(IEnumerable<string> publicationTypes) =>
        publicationTypes.Any(t => string.Equals(t.Trim(), RetractedPublication, StringComparison.OrdinalIgnoreCase));

    /// <summary>The types that say something about design, joined verbatim for <see cref="Source.DesignDetail"/>; null when none do.</summary>
    public static string? Detail(IEnumerable<string> publicationTypes)
    {
        var specific = publicationTypes.Select(t => t.Trim()).Where(t => t.Length > 0 && !Generic.Contains(t)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return specific.Count == 0 ? null : string.Join("; ", specific);
    }

    [GeneratedRegex(@"\brandomi[sz]ed\b.{0,40}\btrials\b|\bRCTs\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RctTitle();

    [GeneratedRegex(@"\bumbrella review\b|\boverview of (?:systematic )?reviews\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UmbrellaTitle();
}
