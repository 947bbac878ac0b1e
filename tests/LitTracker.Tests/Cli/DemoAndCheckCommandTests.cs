using System.Text.Json;
using LitTracker.Cli;
using LitTracker.Seeding;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Cli;

public class DemoAndCheckCommandTests
{
    [Fact]
    public async Task Demo_FreshDatabase_PrintsEverySeedClaimWithAVerdictAndABibliography()
    {
        using var db = new TempDatabase();

        var run = await CliRun.RunAsync(db, "demo");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(db.Path));
        foreach (var claim in SeedData.LoadEmbedded().Articles.Articles.SelectMany(a => a.Claims))
        {
            Assert.Contains(claim.Key, run.Out);
        }

        Assert.Contains("BIBLIOGRAPHY (Vancouver)", run.Out);
        Assert.Contains("Law L, Hunt CL, van Wijnen AJ", run.Out);
        Assert.Contains("doi:10.1093/pm/pny256", run.Out);
        Assert.Contains("unresolved", run.Out);
    }

    [Fact]
    public async Task Demo_RunTwice_SecondRunAddsNothing()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "demo");

        var second = await CliRun.RunAsync(db, "demo");

        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("already loaded", second.Error);
    }

    [Fact]
    public async Task Check_SecondArticleFailOnUncited_ExitsWithCheckFailed()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "seed");

        var run = await CliRun.RunAsync(db, "check", "--article", "jointpain2024", "--fail-on", "uncited");

        Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        Assert.Contains("jointpain2024-c1 (uncited)", run.Error);
    }

    [Fact]
    public async Task Check_NoCondition_ExitsZero()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "seed");

        var run = await CliRun.RunAsync(db, "check", "--article", "jointpain2024");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Summary:", run.Out);
    }

    [Fact]
    public async Task Check_Json_HasTheDocumentedShape()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "seed");

        var run = await CliRun.RunAsync(db, "check", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var article = doc.RootElement.GetProperty("articles")[0];
        Assert.Equal("gocare2019", article.GetProperty("key").GetString());
        var claim = article.GetProperty("claims")[0];
        foreach (var name in new[] { "id", "key", "text", "category", "wording", "citedByArticle", "bestGrade", "verdict", "flags", "sort" })
        {
            Assert.True(claim.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Check_UnknownFailOnWord_InvalidInput()
    {
        using var db = new TempDatabase();

        var run = await CliRun.RunAsync(db, "check", "--fail-on", "sloppy");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Check_DatabaseFolderMissing_DatabaseUnavailableAndOneLine()
    {
        var run = await CliRun.RunWithoutDbAsync("check", "--db", "/nonexistent-folder-for-tests/x.db");

        Assert.Equal(ExitCodes.DatabaseUnavailable, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("/nonexistent-folder-for-tests", run.Error);
    }

    [Fact]
    public async Task UnknownVerb_UsageError()
    {
        var run = await CliRun.RunWithoutDbAsync("frobnicate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--help", run.Error);
    }
}
