using LitTracker.Cli;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Cli;

public class FormatCommandTests
{
    private const string Items = """
        [
          {"id": "b", "type": "article-journal", "title": "Second <i>in vitro</i> study", "author": [{"family": "Zeta", "given": "Anna"}],
           "container-title": "J Test", "issued": {"date-parts": [[2020, 3]]}, "volume": "4", "page": "10-19"},
          {"id": "a", "type": "article-journal", "title": "First study", "author": [{"family": "Alpha", "given": "Bob"}],
           "container-title": "J Test", "issued": {"date-parts": [[2019]]}, "volume": "3", "page": "100-104"}
        ]
        """;

    private static async Task<CliRun> RunAsync(params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "csl-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, Items);
        try
        {
            using var output = new StringWriter { NewLine = "\n" };
            using var error = new StringWriter { NewLine = "\n" };
            var code = await CliApp.RunAsync([.. args, path], output, error, TimeProvider.System);
            return new CliRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Format_Vancouver_OneNumberedEntryPerLineInCitationOrder()
    {
        var run = await RunAsync("format", "--style", "vancouver");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(
            "1. Zeta A. Second in vitro study. J Test. 2020 Mar;4:10–9.\n2. Alpha B. First study. J Test. 2019;3:100–4.\n",
            run.Out);
    }

    [Fact]
    public async Task Format_Apa_SortedByAuthor()
    {
        var run = await RunAsync("format", "--style", "apa");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Alpha, B. (2019). First study.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Zeta, A. (2020). Second in vitro study.", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_HtmlAma_ItalicsAndEscaping()
    {
        var run = await RunAsync("format", "--style", "ama", "--format", "html");

        Assert.Contains("<i>in vitro</i>", run.Out, StringComparison.Ordinal);
        Assert.Contains("<i>J Test</i>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_CitationMode_NumericCitationCollapses()
    {
        var run = await RunAsync("format", "--style", "vancouver", "--mode", "citation");

        Assert.Equal("(1,2)\n", run.Out);
    }

    [Fact]
    public async Task Format_UnknownStyle_InvalidInput()
    {
        var run = await RunAsync("format", "--style", "no-such-style");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("neither a shipped style", run.Error, StringComparison.Ordinal);
    }
}
