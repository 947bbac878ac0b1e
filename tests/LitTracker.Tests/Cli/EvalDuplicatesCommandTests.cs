using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Cli;

public class EvalDuplicatesCommandTests
{
    private const string Pairs = """
        {"dup":true,"kind":"typo","a":{"t":"Statins and dementia risk in older adults","au":"Smith J","y":2019},"b":{"t":"Statins and dementia risk in older adults","au":"Smith J","y":2019}}
        {"dup":true,"kind":"retitled","a":{"t":"Statins and dementia risk in older adults","au":"Smith J","y":2019},"b":{"t":"Aspirin after stroke","au":"Jones K","y":2005}}
        not json
        """;

    [Fact]
    public async Task EvalDuplicates_Table_PrintsMeasuresAndMisses()
    {
        var file = await WriteAsync(Pairs);
        try
        {
            var run = await CliRun.RunWithoutDbAsync("eval", "duplicates", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("sensitivity", run.Out, StringComparison.Ordinal);
            Assert.Contains("0.500", run.Out, StringComparison.Ordinal);
            Assert.Contains("missed", run.Out, StringComparison.Ordinal);
            Assert.Contains("retitled", run.Out, StringComparison.Ordinal);
            Assert.Contains(".jsonl:3:", run.Error, StringComparison.Ordinal);
            Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EvalDuplicates_Json_CarriesCountsAndErrors()
    {
        var file = await WriteAsync(Pairs);
        try
        {
            var run = await CliRun.RunWithoutDbAsync("eval", "duplicates", file, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"truePositives\": 1", run.Out, StringComparison.Ordinal);
            Assert.Contains("\"falseNegatives\": 1", run.Out, StringComparison.Ordinal);
            Assert.Contains("\"sensitivity\": 0.5", run.Out, StringComparison.Ordinal);
            Assert.Contains("\"kind\": \"retitled\"", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EvalDuplicates_MissingFile_FailsWithNotFound()
    {
        var run = await CliRun.RunWithoutDbAsync("eval", "duplicates", Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".jsonl"));

        Assert.NotEqual(0, run.ExitCode);
    }

    private static async Task<string> WriteAsync(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".jsonl");
        await File.WriteAllTextAsync(file, text);
        return file;
    }
}
