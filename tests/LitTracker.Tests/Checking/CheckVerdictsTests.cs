using LitTracker.Checking;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Checking;

/// <summary>The lean verdict check must agree with the full check on every claim it reports.</summary>
public class CheckVerdictsTests
{
    [Theory]
    [InlineData("gocare2019")]
    [InlineData("jointpain2024")]
    public async Task CheckVerdictsAsync_SeedArticle_SameClaimsAndAssessmentsAsTheFullCheck(string article)
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        await RetractOneCitedSourceAsync(db);

        var full = Assert.Single((await new CheckService(db).CheckAsync(article)).Articles);
        db.ChangeTracker.Clear();
        var lean = await new CheckService(db).CheckVerdictsAsync(article);

        Assert.Equal((full.Id, full.Key, full.Title), (lean.Id, lean.Key, lean.Title));
        Assert.Empty(lean.References);
        Assert.Equal(full.Claims.Select(c => c.Key), lean.Claims.Select(c => c.Key));
        foreach (var (f, l) in full.Claims.Zip(lean.Claims))
        {
            Assert.Equal(f.Assessment, l.Assessment);
            Assert.Equal((f.Text, f.Locator, f.Category, f.CategoryLabel, f.Wording, f.Absolute), (l.Text, l.Locator, l.Category, l.CategoryLabel, l.Wording, l.Absolute));
            Assert.Equal(
                f.Citations.Select(c => (c.Id, c.Source.Key, c.Source.Title, c.Source.IsRetracted, c.Stance, c.Grade, c.Origin)),
                l.Citations.Select(c => (c.Id, c.Source.Key, c.Source.Title, c.Source.IsRetracted, c.Stance, c.Grade, c.Origin)));
        }
    }

    [Fact]
    public async Task CheckVerdictsAsync_RetractedCitedSource_FlagsTheClaimLikeTheFullCheck()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var retracted = await RetractOneCitedSourceAsync(db);

        var lean = await new CheckService(db).CheckVerdictsAsync("gocare2019");

        var citing = lean.Claims.Where(c => c.Citations.Any(x => x.Source.Id == retracted)).ToList();
        Assert.NotEmpty(citing);
        Assert.All(citing, c => Assert.Contains(c.Citations, x => x.Source.Id == retracted && x.Source.IsRetracted));
    }

    private static async Task<int> RetractOneCitedSourceAsync(LitTracker.Persistence.LitTrackerDbContext db)
    {
        var sourceId = await db.Citations.Where(c => c.Claim!.Article!.Key == "gocare2019" && c.Status == Claims.ReviewStatus.Confirmed)
            .OrderBy(c => c.Id).Select(c => c.SourceId).FirstAsync();
        db.Notices.Add(new Notice { SourceId = sourceId, Type = NoticeType.Retraction, Reason = "test" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return sourceId;
    }
}
