using LitTracker.Security;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Security;

public sealed class ApiKeyServiceTests
{
    [Fact]
    public async Task CreateAsync_NewName_StoresOnlyAHashAndVerifiesTheSecret()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var keys = new ApiKeyService(db, new FixedClock());

        var created = await keys.CreateAsync("jane.editor");
        var verified = await keys.VerifyAsync(created.Secret);

        Assert.StartsWith("lt_", created.Secret, StringComparison.Ordinal);
        Assert.Equal("jane.editor", verified?.Name);
        Assert.DoesNotContain(db.ApiKeys, k => k.Hash.Contains(created.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_RevokedOrAlteredSecret_ReturnsNull()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var keys = new ApiKeyService(db, new FixedClock());
        var kept = await keys.CreateAsync("kept");
        var revoked = await keys.CreateAsync("gone");

        await keys.RevokeAsync("gone");

        Assert.Null(await keys.VerifyAsync(revoked.Secret));
        Assert.Null(await keys.VerifyAsync(kept.Secret[..^1] + (kept.Secret[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await keys.VerifyAsync("not-a-key"));
    }

    [Fact]
    public async Task CreateAsync_TakenOrInvalidName_Throws()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var keys = new ApiKeyService(db, new FixedClock());
        await keys.CreateAsync("ana");

        var taken = await Assert.ThrowsAsync<LitTrackerException>(() => keys.CreateAsync("ana"));
        var invalid = await Assert.ThrowsAsync<LitTrackerException>(() => keys.CreateAsync("ana smith<"));

        Assert.Equal(ErrorKind.Conflict, taken.Kind);
        Assert.Equal(ErrorKind.InvalidInput, invalid.Kind);
    }

    [Fact]
    public async Task KeysCommand_CreateListRevoke_PrintsSecretOnceAndMarksRevoked()
    {
        using var temp = new TempDatabase();

        var created = await CliRun.RunAsync(temp, "keys", "create", "cli.user");
        var revoked = await CliRun.RunAsync(temp, "keys", "revoke", "cli.user");
        var listed = await CliRun.RunAsync(temp, "keys", "list", "--format", "csv");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("lt_", created.Out.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Contains("cli.user", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Out.Trim(), listed.Out, StringComparison.Ordinal);
        Assert.Equal(3, (await CliRun.RunAsync(temp, "keys", "revoke", "nobody")).ExitCode);
    }
}
