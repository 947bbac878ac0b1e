using CsvHelper.Configuration;

namespace LitTracker.Reports.Check;

/// <summary>Column names and order of the check CSV.</summary>
internal sealed class CheckCsvRowMap : ClassMap<CheckCsvRow>
{
    public CheckCsvRowMap()
    {
        Map(r => r.Article).Index(0).Name("article");
        Map(r => r.ClaimKey).Index(1).Name("claim_key");
        Map(r => r.ClaimText).Index(2).Name("claim_text");
        Map(r => r.Category).Index(3).Name("category");
        Map(r => r.Wording).Index(4).Name("wording");
        Map(r => r.CitedByArticle).Index(5).Name("cited_by_article");
        Map(r => r.BestGrade).Index(6).Name("best_grade");
        Map(r => r.Verdict).Index(7).Name("verdict");
        Map(r => r.Flags).Index(8).Name("flags");
        Map(r => r.Sort).Index(9).Name("sort");
    }
}
