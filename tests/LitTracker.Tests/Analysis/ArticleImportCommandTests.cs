using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Analysis;

public sealed class ArticleImportCommandTests
{
    private static string Example => Path.Combine(Repo(), "docs", "examples", "clinic-article.md");

    [Fact]
    public async Task ImportReviewCheck_DocsExample_ConfirmedClaimsCountInCheck()
    {
        using var temp = new TempDatabase();
        await CliRun.RunAsync(temp, "seed");

        var import = await CliRun.RunAsync(temp, "articles", "import", Example, "--title", "Knee injections at Riverside Joint Clinic", "--key", "riverside", "--by", "tester");
        var before = await CliRun.RunAsync(temp, "check", "--article", "riverside", "--format", "json");
        var list = await CliRun.RunAsync(temp, "claims", "review", "--article", "riverside", "list", "--format", "json");
        var accept = await CliRun.RunAsync(temp, "claims", "review", "accept", "riverside-c1", "--by", "tester");
        var reject = await CliRun.RunAsync(temp, "claims", "review", "reject", "riverside-c2", "--by", "tester");
        var add = await CliRun.RunAsync(temp, "claims", "review", "--article", "riverside", "add", "--text", "Stem cells slow T-cell growth", "--category", "immunomodulation", "--wording", "direct-causal");
        var after = await CliRun.RunAsync(temp, "check", "--article", "riverside", "--format", "json");
        var history = await CliRun.RunAsync(temp, "history", "riverside-c1");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("2 resolved", import.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("riverside-c1", before.Out, StringComparison.Ordinal);
        Assert.Contains("law2019", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, accept.ExitCode);
        Assert.Equal(0, reject.ExitCode);
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("riverside-c1", after.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("riverside-c2", after.Out, StringComparison.Ordinal);
        Assert.Contains("\"citedByArticle\": true", after.Out, StringComparison.Ordinal);
        Assert.Contains("accepted by reviewer", history.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BadLabels_ReportsLineNumberedIssuesAndScoresTheRest()
    {
        using var temp = new TempDatabase();
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv");
        await File.WriteAllTextAsync(file, "sentence,label\n\"Cells relieve pain.\",1\n\"Odd row.\",7\n");
        try
        {
            var run = await CliRun.RunWithoutDbAsync("eval", "wording", file, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(":3: warning", run.Error, StringComparison.Ordinal);
            Assert.Contains("\"rows\": 1", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Repo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LitTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
