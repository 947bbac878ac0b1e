using System.Text.Json;
using LitTracker.Cli;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Cli;

public class ExportCommandTests
{
    private static async Task<TempDatabase> SeededAsync()
    {
        var db = new TempDatabase();
        var run = await CliRun.RunAsync(db, "seed");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        return db;
    }

    private static List<string> Ids(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task Export_All_WritesEverySource()
    {
        using var temp = await SeededAsync();

        var run = await CliRun.RunAsync(temp, "export", "--all", "--format", "csljson");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(42, Ids(run.Out).Count);
        Assert.Contains("law2019", Ids(run.Out));
    }

    [Fact]
    public async Task Export_Article_WritesCitedAndReferencedSourcesOnce()
    {
        using var temp = await SeededAsync();
        await using var db = await temp.OpenAsync();
        var article = await db.Articles.Include(a => a.Claims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source)
            .Include(a => a.References).ThenInclude(r => r.Source)
            .FirstAsync(a => a.Claims.Any(c => c.Citations.Count > 0));
        var expected = article.Claims.SelectMany(c => c.Citations).Where(c => c.Status != LitTracker.Claims.ReviewStatus.Rejected).Select(c => c.Source!.Key)
            .Concat(article.References.Where(r => r.Source is not null).Select(r => r.Source!.Key))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.RunAsync(temp, "export", "--article", article.Key, "--format", "csljson");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(expected, Ids(run.Out).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Export_Claim_WritesItsCitedSources()
    {
        using var temp = await SeededAsync();
        await using var db = await temp.OpenAsync();
        var claim = await db.Claims.Include(c => c.Citations).ThenInclude(c => c.Source).FirstAsync(c => c.Citations.Count > 0);
        var expected = claim.Citations.Where(c => c.Status != LitTracker.Claims.ReviewStatus.Rejected).Select(c => c.Source!.Key).Distinct().Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.RunAsync(temp, "export", "--claim", claim.Key, "--format", "csljson");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(expected, Ids(run.Out).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Export_ToFile_ReimportsIntoAnEmptyDatabase()
    {
        using var temp = await SeededAsync();
        var file = Path.Combine(temp.Folder, "all.bib");

        var export = await CliRun.RunAsync(temp, "export", "--all", "--format", "bibtex", "-o", file);
        using var empty = new TempDatabase();
        var import = await CliRun.RunAsync(empty, "import", file);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Equal(string.Empty, export.Out);
        Assert.Contains("42 source(s)", export.Error);
        Assert.False(File.Exists(file + ".partial"));
        Assert.True(import.ExitCode is ExitCodes.Ok or ExitCodes.ImportedWithProblems, import.Error);
        await using var db = await empty.OpenAsync();
        Assert.True(await db.Sources.CountAsync() >= 40, import.Error);
    }

    [Fact]
    public async Task Export_UnknownArticle_NotFound()
    {
        using var temp = await SeededAsync();

        var run = await CliRun.RunAsync(temp, "export", "--article", "no-such-article", "--format", "ris");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("no-such-article", run.Error);
    }

    [Theory]
    [InlineData("export", "--format", "ris")]
    [InlineData("export", "--all", "--claim", "x", "--format", "ris")]
    [InlineData("export", "--all")]
    [InlineData("export", "--all", "--format", "docx")]
    public async Task Export_BadSelectionOrFormat_UsageError(params string[] args)
    {
        using var temp = new TempDatabase();

        var run = await CliRun.RunAsync(temp, args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
    }

    [Fact]
    public async Task Export_UnwritablePath_InvalidInputAndNoFile()
    {
        using var temp = await SeededAsync();
        var file = Path.Combine(temp.Folder, "missing-dir", "out.ris");

        var run = await CliRun.RunAsync(temp, "export", "--all", "--format", "ris", "-o", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("Could not write", run.Error);
        Assert.False(File.Exists(file));
    }
}
