using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Citations;

public class CitationServiceTests
{
    private static CitationRequest Request(string claim, string source, Stance? stance = Stance.Supports, Certainty? grade = null, string? reason = null, int? version = null) =>
        new(claim, source, stance, grade, null, null, reason, CitationOrigin.Reviewer, "tester", version);

    [Fact]
    public async Task CiteAsync_NewCitation_UsesDesignGradeAndRecordsCreation()
    {
        using var temp = new TempDatabase();
        var clock = new FixedClock();
        await using var db = await SeededDatabase.OpenAsync(temp, clock);

        // jointpain2024-c9 (cost and recovery) has no evidence in the seed; wang2021 is a meta-analysis of RCTs.
        var result = await new CitationService(db, clock).CiteAsync(Request("jointpain2024-c9", "wang2021"));

        Assert.Equal(ChangeKind.Created, result.Kind);
        Assert.Equal(Certainty.High, result.Citation.Grade);
        Assert.Equal(1, result.Citation.Version);
        var history = await new HistoryService(db).ForClaimAsync("jointpain2024-c9");
        var entry = Assert.Single(history);
        Assert.Equal(("tester", ChangeKind.Created, clock.Now.UtcDateTime), (entry.Change.By, entry.Change.Kind, entry.Change.At));
    }

    [Fact]
    public async Task CiteAsync_ExistingCitation_ChangesItAndKeepsBothStatesInHistory()
    {
        using var temp = new TempDatabase();
        var clock = new FixedClock();
        await using var db = await SeededDatabase.OpenAsync(temp, clock);
        var service = new CitationService(db, clock);
        await service.CiteAsync(Request("jointpain2024-c9", "wang2021"));
        clock.Advance(TimeSpan.FromHours(1));

        var changed = await service.CiteAsync(Request("jointpain2024-c9", "wang2021", Stance.DoesNotAddress, Certainty.Low, "about harms, not costs"));

        Assert.Equal(ChangeKind.Changed, changed.Kind);
        Assert.Equal(2, changed.Citation.Version);
        var history = await new HistoryService(db).ForClaimAsync("jointpain2024-c9");
        Assert.Equal([Stance.Supports, Stance.DoesNotAddress], history.Select(h => h.Change.Stance));
        Assert.Equal([Certainty.High, Certainty.Low], history.Select(h => h.Change.Grade));
        Assert.Single(await db.Citations.Where(c => c.Claim!.Key == "jointpain2024-c9").ToListAsync());
    }

    [Fact]
    public async Task CiteAsync_SameValuesAgain_RecordsNoChange()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var service = new CitationService(db, new FixedClock());
        await service.CiteAsync(Request("jointpain2024-c9", "wang2021"));

        var again = await service.CiteAsync(Request("jointpain2024-c9", "wang2021"));

        Assert.Equal(ChangeKind.Unspecified, again.Kind);
        Assert.Single(await new HistoryService(db).ForClaimAsync("jointpain2024-c9"));
    }

    [Fact]
    public async Task CiteAsync_GradeMovedWithoutReason_RefusesAndWritesNothing()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var before = await db.CitationChanges.CountAsync();

        var ex = await Assert.ThrowsAsync<LitTrackerException>(() =>
            new CitationService(db, new FixedClock()).CiteAsync(Request("jointpain2024-c9", "wang2021", grade: Certainty.Low)));

        Assert.Equal(ErrorKind.InvalidInput, ex.Kind);
        Assert.Equal("reason", ex.Field);
        db.ChangeTracker.Clear();
        Assert.Equal(before, await db.CitationChanges.CountAsync());
        Assert.False(await db.Citations.AnyAsync(c => c.Claim!.Key == "jointpain2024-c9"));
    }

    [Theory]
    [InlineData("no-such-claim", "wang2021", "claim")]
    [InlineData("jointpain2024-c9", "no-such-source", "source")]
    public async Task CiteAsync_UnknownIdOrKey_NotFound(string claim, string source, string what)
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var ex = await Assert.ThrowsAsync<LitTrackerException>(() => new CitationService(db, new FixedClock()).CiteAsync(Request(claim, source)));

        Assert.Equal(ErrorKind.NotFound, ex.Kind);
        Assert.Equal(what, ex.Field);
    }

    [Fact]
    public async Task CiteAsync_NewCitationWithoutStance_Refused()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var ex = await Assert.ThrowsAsync<LitTrackerException>(() =>
            new CitationService(db, new FixedClock()).CiteAsync(Request("jointpain2024-c9", "wang2021", stance: null)));

        Assert.Equal("stance", ex.Field);
    }

    [Fact]
    public async Task CiteAsync_StaleVersion_ConflictAndNoChange()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var service = new CitationService(db, new FixedClock());
        await service.CiteAsync(Request("jointpain2024-c9", "wang2021"));
        await service.CiteAsync(Request("jointpain2024-c9", "wang2021", Stance.Mixed, version: 1));

        var ex = await Assert.ThrowsAsync<LitTrackerException>(() =>
            service.CiteAsync(Request("jointpain2024-c9", "wang2021", Stance.Contradicts, version: 1)));

        Assert.Equal(ErrorKind.Conflict, ex.Kind);
        db.ChangeTracker.Clear();
        Assert.Equal(Stance.Mixed, (await db.Citations.SingleAsync(c => c.Claim!.Key == "jointpain2024-c9")).Stance);
    }

    [Fact]
    public async Task DeleteAsync_KeepsTheLastStateInHistory()
    {
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);
        var service = new CitationService(db, new FixedClock());
        var created = await service.CiteAsync(Request("jointpain2024-c9", "wang2021"));

        await service.DeleteAsync(created.Citation.Id, "tester");

        var history = await new HistoryService(db).ForClaimAsync("jointpain2024-c9");
        Assert.Equal([ChangeKind.Created, ChangeKind.Deleted], history.Select(h => h.Change.Kind));
        Assert.False(await db.Citations.AnyAsync(c => c.Id == created.Citation.Id));
    }
}
