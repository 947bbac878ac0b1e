using System.Text.Json;
using LitTracker.Cli;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Cli;

public class LedgerCommandTests
{
    private static async Task<TempDatabase> SeededAsync()
    {
        var db = new TempDatabase();
        var run = await CliRun.RunAsync(db, "seed");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        return db;
    }

    [Fact]
    public async Task SourcesList_Json_ListsAll42WithIdentifiers()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "sources", "list", "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var sources = doc.RootElement.GetProperty("sources");
        Assert.Equal(42, sources.GetArrayLength());
        var law = sources.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "law2019");
        Assert.Equal("10.1093/pm/pny256", law.GetProperty("doi").GetString());
        Assert.Equal(JsonValueKind.Null, law.GetProperty("pmid").ValueKind);
        Assert.False(law.GetProperty("retracted").GetBoolean());
    }

    [Theory]
    [InlineData("law2019")]
    [InlineData("10.1093/PM/PNY256")]
    [InlineData("https://doi.org/10.1093/pm/pny256")]
    public async Task SourcesShow_KeyOrDoi_ShowsTheSource(string id)
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "sources", "show", id);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Office-Based Mesenchymal Stem Cell Therapy", run.Out);
    }

    [Fact]
    public async Task SourcesShow_Unknown_NotFound()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "sources", "show", "nobody1999");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("nobody1999", run.Error);
    }

    [Fact]
    public async Task SourcesAdd_ThenCite_ChangesTheVerdictAndKeepsHistory()
    {
        using var db = await SeededAsync();

        var add = await CliRun.RunAsync(db, "sources", "add", "--title", "A trial of costs", "--author", "Smith J", "--author", "Jones AB",
            "--year", "2022", "--journal", "Example Journal", "--doi", "10.9999/example.1", "--design", "rct", "--population", "human");
        var cite = await CliRun.RunAsync(db, "cite", "jointpain2024-c9", "smith2022", "--stance", "supports", "--by", "editor");
        var history = await CliRun.RunAsync(db, "history", "jointpain2024-c9", "--format", "json");

        Assert.Equal(ExitCodes.Ok, add.ExitCode);
        Assert.Equal("smith2022", add.Out.Trim());
        Assert.Equal(ExitCodes.Ok, cite.ExitCode);
        Assert.Contains("now strong", cite.Out);
        using var doc = JsonDocument.Parse(history.Out);
        var entry = Assert.Single(doc.RootElement.GetProperty("history").EnumerateArray());
        Assert.Equal("editor", entry.GetProperty("by").GetString());
    }

    [Fact]
    public async Task SourcesAdd_MalformedDoi_InvalidInputAndNothingStored()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "sources", "add", "--title", "X", "--doi", "11.12/abc");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("not a DOI", run.Error);
        await using var context = await db.OpenAsync();
        Assert.Equal(42, await context.Sources.CountAsync());
    }

    [Fact]
    public async Task SourcesAdd_DoiAlreadyStored_Conflict()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "sources", "add", "--title", "Dup", "--doi", "doi:10.1093/PM/pny256");

        Assert.Equal(ExitCodes.Conflict, run.ExitCode);
        Assert.Contains("law2019", run.Error);
    }

    [Fact]
    public async Task Cite_InvalidGrade_InvalidInputAndNothingChanged()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "cite", "jointpain2024-c9", "wang2021", "--stance", "supports", "--grade", "excellent");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("very-low", run.Error);
        await using var context = await db.OpenAsync();
        Assert.False(await context.Citations.AnyAsync(c => c.Claim!.Key == "jointpain2024-c9"));
    }

    [Fact]
    public async Task Cite_UnknownClaim_NotFound()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "cite", "nope-c1", "wang2021", "--stance", "supports");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
    }

    [Fact]
    public async Task Cite_ChangeExisting_HistoryShowsBothEntries()
    {
        using var db = await SeededAsync();
        await CliRun.RunAsync(db, "cite", "jointpain2024-c9", "wang2021", "--stance", "supports", "--by", "a");

        await CliRun.RunAsync(db, "cite", "jointpain2024-c9", "wang2021", "--stance", "does-not-address", "--by", "b");
        var history = await CliRun.RunAsync(db, "history", "jointpain2024-c9");

        Assert.Contains("created", history.Out);
        Assert.Contains("changed", history.Out);
    }

    [Fact]
    public async Task ArticlesListAndShow_ShowClaimsAndReferences()
    {
        using var db = await SeededAsync();

        var list = await CliRun.RunAsync(db, "articles", "list", "--format", "csv");
        var show = await CliRun.RunAsync(db, "articles", "show", "gocare2019");

        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        Assert.StartsWith("id,key,title", list.Out);
        Assert.Contains("gocare2019", list.Out);
        Assert.Equal(ExitCodes.Ok, show.ExitCode);
        Assert.Contains("repeats #2", show.Out);
        Assert.Contains("gocare2019-c1", show.Out);
    }

    [Fact]
    public async Task ClaimsList_ByVerdict_OnlyThoseClaims()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "claims", "list", "--verdict", "unsourced", "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var claims = doc.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("unsourced", c.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task ReportBibliography_Html_EscapesAndNumbers()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "report", "bibliography", "--article", "gocare2019", "--format", "html");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("<div class=\"csl-entry\">1. Law L", run.Out);
    }

    [Theory]
    [InlineData("ama", "Law L")]
    [InlineData("apa", "Law, L.")]
    public async Task ReportBibliography_ShippedStyle_FormatsInThatStyle(string style, string expected)
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "report", "bibliography", "--article", "gocare2019", "--style", style);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    [Fact]
    public async Task ReportBibliography_StyleFile_FormatsWithThatStyle()
    {
        using var db = await SeededAsync();
        var path = Path.Combine(Path.GetTempPath(), "my-journal-" + Guid.NewGuid().ToString("N") + ".csl");
        await File.WriteAllTextAsync(path, "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">\n"
            + "<citation><layout><text variable=\"citation-number\"/></layout></citation>\n"
            + "<bibliography><layout><text variable=\"citation-number\" prefix=\"[\" suffix=\"] \"/>"
            + "<names variable=\"author\"><name form=\"short\" et-al-min=\"2\" et-al-use-first=\"1\"/></names>"
            + "<date variable=\"issued\" prefix=\" (\" suffix=\")\"><date-part name=\"year\"/></date></layout></bibliography>\n</style>");
        try
        {
            var run = await CliRun.RunAsync(db, "report", "bibliography", "--article", "gocare2019", "--style", path);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("[1] Law et al. (2019)", run.Out);

            // An inline-numbered style has no margin to keep: unresolved lines still get their number.
            var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unresolved = Assert.Single(lines, l => l.Contains("Stem Cell Therapy for Musculoskeletal Diseases", StringComparison.Ordinal) && l.Contains("[unresolved", StringComparison.Ordinal));
            Assert.StartsWith("[" + (Array.IndexOf(lines, unresolved) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "] Stem Cell Therapy", unresolved, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReportBibliography_BrokenStyleFile_InvalidInputWithLine()
    {
        using var db = await SeededAsync();
        var path = Path.Combine(Path.GetTempPath(), "broken-" + Guid.NewGuid().ToString("N") + ".csl");
        await File.WriteAllTextAsync(path, "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">\n<citation><layout><text macro=\"nope\"/></layout></citation>\n</style>");
        try
        {
            var run = await CliRun.RunAsync(db, "report", "bibliography", "--style", path);

            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Contains("(2,", run.Error);
            Assert.Contains("'nope' is not defined", run.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReportBibliography_Claim_ListsThatClaimsSources()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "report", "bibliography", "--claim", "gocare2019-c10");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Shapiro SA", run.Out);
    }

    [Fact]
    public async Task ReportEvidence_Markdown_ShowsContradictingSourcesBesideSupportingOnes()
    {
        using var db = await SeededAsync();

        var run = await CliRun.RunAsync(db, "report", "evidence", "--article", "gocare2019");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("gocare2019-c10", run.Out);
        Assert.Contains("contradicts", run.Out);
        Assert.Contains("supports", run.Out);
        Assert.Contains("Shapiro", run.Out);
        Assert.Contains("Demonstration data", run.Out);
    }

    [Fact]
    public async Task ReportEvidence_Csv_EscapesFormulaInjection()
    {
        using var db = await SeededAsync();
        await CliRun.RunAsync(db, "cite", "jointpain2024-c9", "wang2021", "--stance", "supports", "--reason", "=HYPERLINK(\"http://x\")", "--by", "t");

        var run = await CliRun.RunAsync(db, "report", "evidence", "--article", "jointpain2024", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("'=HYPERLINK", run.Out);
        Assert.DoesNotContain(",=HYPERLINK", run.Out);
    }
}
