using CsvHelper.Configuration;

namespace LitTracker.Reports.Evidence;

/// <summary>Column names and order of the evidence CSV.</summary>
internal sealed class EvidenceCsvRowMap : ClassMap<EvidenceCsvRow>
{
    public EvidenceCsvRowMap()
    {
        var i = 0;
        Map(r => r.Article).Index(i++).Name("article");
        Map(r => r.ClaimKey).Index(i++).Name("claim_key");
        Map(r => r.ClaimText).Index(i++).Name("claim_text");
        Map(r => r.Category).Index(i++).Name("category");
        Map(r => r.Wording).Index(i++).Name("wording");
        Map(r => r.Verdict).Index(i++).Name("verdict");
        Map(r => r.Flags).Index(i++).Name("flags");
        Map(r => r.Sort).Index(i++).Name("sort");
        Map(r => r.BestGrade).Index(i++).Name("best_grade");
        Map(r => r.CitedByArticle).Index(i++).Name("cited_by_article");
        Map(r => r.Stance).Index(i++).Name("stance");
        Map(r => r.SourceKey).Index(i++).Name("source_key");
        Map(r => r.SourceLabel).Index(i++).Name("source");
        Map(r => r.StudyDesign).Index(i++).Name("study_design");
        Map(r => r.Population).Index(i++).Name("population");
        Map(r => r.Origin).Index(i++).Name("origin");
        Map(r => r.Grade).Index(i++).Name("grade");
        Map(r => r.Outcome).Index(i++).Name("outcome");
        Map(r => r.Locator).Index(i++).Name("locator");
        Map(r => r.Rationale).Index(i++).Name("rationale");
        Map(r => r.GradedBy).Index(i++).Name("graded_by");
        Map(r => r.GradedAt).Index(i++).Name("graded_at");
        Map(r => r.Retracted).Index(i++).Name("retracted");
        Map(r => r.Doi).Index(i++).Name("doi");
        Map(r => r.Pmid).Index(i++).Name("pmid");
        Map(r => r.Url).Index(i).Name("url");
    }
}
