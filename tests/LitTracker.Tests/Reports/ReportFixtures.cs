using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Tests.Reports;

/// <summary>Hand-built check reports for writer tests.</summary>
internal static class ReportFixtures
{
    public static readonly DateTime GradedAt = new(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc);

    public static Source Review() => new()
    {
        Id = 11,
        Key = "hunt2019",
        Type = SourceType.JournalArticle,
        Design = StudyDesign.SystematicReviewOfRcts,
        Population = Population.Human,
        Authors = [new Author("Hunt", "CL"), new Author("Smith", "J")],
        Title = "Platelet-rich plasma for knee osteoarthritis: a systematic review of randomised trials",
        ContainerAbbreviation = "Pain Med",
        Year = 2019,
        Doi = Doi.Parse("10.1093/pm/pny256"),
    };

    public static Source Warning() => new()
    {
        Id = 12,
        Key = "fda2022",
        Type = SourceType.WebPage,
        Design = StudyDesign.RegulatoryNotice,
        Population = Population.NotApplicable,
        Authors = [Author.Organisation("FDA")],
        Title = "Consumer warning about unapproved stem cell products",
        Year = 2022,
        Url = "https://www.fda.gov/x",
    };

    public static CitationView Cite(Source source, Stance stance, Certainty grade, CitationOrigin origin = CitationOrigin.Reviewer) =>
        new(source.Id * 10, source, origin, stance, grade, Outcome.PatientOriented, "Results, p. 530", "Pooled pain scores", "alice", GradedAt);

    public static ClaimCheck Claim(
        string key,
        string text,
        Verdict verdict,
        ClaimFlags flags,
        Certainty best,
        SortStrength sort,
        params CitationView[] citations) =>
        new(
            key.Length,
            key,
            text,
            "Intro, s1",
            "pain_relief",
            "Pain relief",
            WordingStrength.DirectCausal,
            Absolute: false,
            new ClaimAssessment(verdict, flags, best, sort, CitedByArticle: citations.Any(c => c.Origin == CitationOrigin.Article)),
            citations);

    /// <summary>One article: a contested claim (support + contradiction) and an unsourced one.</summary>
    public static CheckReport Report(string contestedText = "Stem cells relieve knee pain", string unsourcedText = "Clinics regrow cartilage") =>
        new([
            new ArticleCheck(3, "blog", "Stem cell blog", [], [
                Claim("c1", contestedText, Verdict.Contested, ClaimFlags.Overstated, Certainty.Moderate, SortStrength.B,
                    Cite(Review(), Stance.Supports, Certainty.Moderate, CitationOrigin.Article),
                    Cite(Warning(), Stance.Contradicts, Certainty.Low)),
                Claim("c2", unsourcedText, Verdict.Unsourced, ClaimFlags.Uncited | ClaimFlags.Overstated, Certainty.Unspecified, SortStrength.C),
            ]),
        ]);
}
