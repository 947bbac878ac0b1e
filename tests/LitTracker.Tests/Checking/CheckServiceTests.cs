using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Checking;

public class CheckServiceTests
{
    [Fact]
    public async Task CheckAsync_SecondArticle_EveryClaimIsUncited()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var report = await new CheckService(db).CheckAsync("jointpain2024");

        var article = Assert.Single(report.Articles);
        Assert.NotEmpty(article.Claims);
        Assert.All(article.Claims, c => Assert.True(c.Assessment.Flags.HasFlag(ClaimFlags.Uncited), c.Key));
        Assert.All(article.Claims, c => Assert.False(c.Assessment.CitedByArticle));
    }

    [Fact]
    public async Task CheckAsync_FirstArticle_ClaimsTiedToItsReferencesAreCited()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var article = Assert.Single((await new CheckService(db).CheckAsync("gocare2019")).Articles);

        Assert.Equal(8, article.References.Count);
        Assert.Contains(article.Claims, c => c.Assessment.CitedByArticle);
        Assert.All(article.Claims.Where(c => c.Citations.Any(x => x.Origin == CitationOrigin.Article)), c => Assert.True(c.Assessment.CitedByArticle));
    }

    [Fact]
    public async Task CheckAsync_AllArticles_VerdictsAgreeWithTheRulesOnEachClaimsCitations()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var report = await new CheckService(db).CheckAsync();

        Assert.Equal(["gocare2019", "jointpain2024"], report.Articles.Select(a => a.Key));
        foreach (var claim in report.Articles.SelectMany(a => a.Claims))
        {
            var supports = claim.Citations.Where(c => c.Stance == Stance.Supports).ToList();
            if (supports.Count == 0)
            {
                Assert.Equal(Verdict.Unsourced, claim.Assessment.Verdict);
            }
            else
            {
                Assert.Equal(supports.Max(c => c.Grade), claim.Assessment.BestSupportingGrade);
            }
        }

        // The seed is meant to show the range of verdicts, contradicting evidence included.
        var verdicts = report.Articles.SelectMany(a => a.Claims).Select(c => c.Assessment.Verdict).ToHashSet();
        Assert.Contains(Verdict.Unsourced, verdicts);
        Assert.Contains(Verdict.Weak, verdicts);
        Assert.True(verdicts.Contains(Verdict.Contested) || verdicts.Contains(Verdict.Contradicted));
    }

    [Fact]
    public async Task CheckAsync_UnknownArticle_NotFound()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var ex = await Assert.ThrowsAsync<LitTrackerException>(() => new CheckService(db).CheckAsync("nope"));

        Assert.Equal(ErrorKind.NotFound, ex.Kind);
    }

    [Theory]
    [InlineData("uncited", ClaimFlags.Uncited, Verdict.Weak, true)]
    [InlineData("uncited", ClaimFlags.None, Verdict.Weak, false)]
    [InlineData("weak,contested", ClaimFlags.None, Verdict.Contested, true)]
    [InlineData("retracted", ClaimFlags.CitesRetracted, Verdict.Strong, true)]
    [InlineData("retracted", ClaimFlags.None, Verdict.RetractedSupport, true)]
    [InlineData("overstated", ClaimFlags.Indirect, Verdict.Weak, false)]
    public void FailOn_Matches_FollowsVerdictAndFlags(string list, ClaimFlags flags, Verdict verdict, bool fails)
    {
        var assessment = new ClaimAssessment(verdict, flags, Certainty.Low, SortStrength.B, false);

        Assert.Equal(fails, FailOn.Parse(list).Matches(assessment).Count > 0);
    }

    [Fact]
    public void FailOn_UnknownWord_InvalidInputNamingIt()
    {
        var ex = Assert.Throws<LitTrackerException>(() => FailOn.Parse("uncited,sloppy"));

        Assert.Contains("sloppy", ex.Message);
        Assert.Equal(ErrorKind.InvalidInput, ex.Kind);
    }
}

public class CheckServiceReviewStatusTests
{
    [Fact]
    public async Task CheckAsync_SuggestedCitationAndClaim_DoNotCountUntilConfirmed()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var claim = db.Claims.Single(c => c.Key == "jointpain2024-c9");
        var wang = db.Sources.Single(s => s.Key == "wang2021");
        db.Citations.Add(new LitTracker.Citations.Citation
        {
            ClaimId = claim.Id,
            SourceId = wang.Id,
            Origin = CitationOrigin.Article,
            Stance = Stance.Supports,
            Grade = Certainty.High,
            By = "analyser",
            Status = LitTracker.Claims.ReviewStatus.Suggested,
        });
        var article = db.Articles.Single(a => a.Key == "jointpain2024");
        db.Claims.Add(new LitTracker.Claims.Claim { ArticleId = article.Id, Key = "jointpain2024-s1", Text = "proposed", Status = LitTracker.Claims.ReviewStatus.Suggested });
        await db.SaveChangesAsync();

        var checkedArticle = Assert.Single((await new CheckService(db).CheckAsync("jointpain2024")).Articles);

        var c9 = checkedArticle.Claims.Single(c => c.Key == "jointpain2024-c9");
        Assert.Equal(Verdict.Unsourced, c9.Assessment.Verdict);
        Assert.Empty(c9.Citations);
        Assert.DoesNotContain(checkedArticle.Claims, c => c.Key == "jointpain2024-s1");
    }

    [Fact]
    public async Task SaveChanges_Source_StampsItsNormalisedTitleKey()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        db.Sources.Add(new LitTracker.Sources.Source { Key = "x2020", Title = "Stem-Cell <i>Therapy</i>: {\\'E}tude" });

        await db.SaveChangesAsync();

        Assert.Equal("stem cell therapy etude", db.Sources.Single().TitleKey);
    }
}
