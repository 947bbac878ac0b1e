using System.Text;
using LitTracker.Import;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import;

public class ImportServiceTests
{
    private static ImportFile Text(string name, string text) => new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static string Records(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"TY  - JOUR\nAU  - Author{i}, A\nTI  - Distinct study number {i} about topic {i}\nPY  - 2020\nER  - \n"));

    [Fact]
    public async Task ImportAsync_CancelledMidway_LeavesTheDatabaseAsItWas()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(cancel, 500);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ImportService(db).ImportAsync([Text("big.ris", Records(2000))], new ImportOptions(), progress, cancel.Token));

        Assert.Equal(0, await db.Sources.CountAsync());
    }

    [Theory]
    [InlineData("@article{a, title={Unbalanced {braces}, year=2020}\n@article{b, title={Fine}, year=2020}")]
    [InlineData("TY  - JOUR\nTI  - Truncated")]
    [InlineData("[{\"type\":\"article-journal\",\"title\":\"Cut off")]
    [InlineData("<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>")]
    [InlineData("PMID- 1\nTI  - x\n\u0000\u0001\u0002garbage")]
    public async Task ImportAsync_MalformedInput_NeverThrowsAndReportsOrImports(string text)
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();

        var result = await new ImportService(db).ImportAsync([Text("in", text)]);

        Assert.True(result.Added + result.Failed + result.Issues.Count > 0);
        Assert.Equal(result.Added, await db.Sources.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_HugeSingleLine_CompletesInBoundedTime()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var huge = "TY  - JOUR\nTI  - " + new string('x', 10_000_000) + "\nER  - \n";

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await new ImportService(db).ImportAsync([Text("huge.ris", huge)]);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(1, result.Added);
    }

    [Theory]
    [InlineData("0000-03-05")]
    [InlineData("\u0662\u0660\u0661\u0669-03-05")]
    public async Task ImportAsync_DateWithoutARealYear_WarnsAndKeepsEveryRecord(string date)
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        var text = $"TY  - JOUR\nTI  - Placeholder date\nDA  - {date}\nER  - \nTY  - JOUR\nTI  - Next record\nPY  - 2020\nER  - \n";

        var result = await new ImportService(db).ImportAsync([Text("dates.ris", text)]);

        Assert.Equal(2, result.Added);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("no four-digit year", issue.Message, StringComparison.Ordinal);
        Assert.Null((await db.Sources.SingleAsync(s => s.Title == "Placeholder date")).Year);
    }

    private sealed class CancelAt(CancellationTokenSource cancel, long records) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Records >= records)
            {
                cancel.Cancel();
            }
        }
    }
}
