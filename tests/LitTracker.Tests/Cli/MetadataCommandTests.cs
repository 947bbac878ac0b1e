using System.Collections;
using System.Text.Json;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Cli;
using LitTracker.Tests.Metadata.Http;
using LitTracker.Tests.Metadata.RetractionWatch;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Cli;

public sealed class MetadataCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase db = new();
    private RecordedRegistryServer server = null!;

    public async Task InitializeAsync() => server = await RecordedRegistryServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => db.Dispose();

    // Settings through the CLI's own environment, never the process's: tests run in parallel.
    private Hashtable Environment(string crossrefPrefix = "/") => new()
    {
        ["LITTRACKER_Metadata__CrossrefBaseUrl"] = server.At(crossrefPrefix).AbsoluteUri,
        ["LITTRACKER_Metadata__AttemptTimeout"] = "1",
        ["LITTRACKER_Metadata__MaxRetryAttempts"] = "1",
        ["LITTRACKER_Metadata__RetryBaseDelay"] = "0.01",
        ["LITTRACKER_Metadata__CrossrefRequestsPerSecond"] = "1000",
    };

    private Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunWithEnvironmentAsync(db, Environment(), [.. args, "--ncbi-url", server.At("/eutils").AbsoluteUri, "--ncbi-api-key", "k3y"]);

    [SharedDataFact]
    public async Task Add_FromFileWithGoodAndBadIds_ReportsEachAndExitsSomeFailed()
    {
        var file = Path.Combine(db.Folder, "ids.txt");
        await File.WriteAllLinesAsync(file, ["# my reading list", "10.1038/srep16696", "", "not-an-id", "https://pubmed.ncbi.nlm.nih.gov/30108519/", "10.1371/notarealdoi"]);

        var run = await RunAsync("add", "--from-file", file, "--format", "json");

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        var outcomes = JsonDocument.Parse(run.Out).RootElement.GetProperty("outcomes").EnumerateArray()
            .ToDictionary(o => o.GetProperty("identifier").GetString()!, o => o.GetProperty("outcome").GetString());
        Assert.Equal("added", outcomes["10.1038/srep16696"]);
        Assert.Equal("invalid-identifier", outcomes["not-an-id"]);
        Assert.Equal("added", outcomes["https://pubmed.ncbi.nlm.nih.gov/30108519/"]);
        Assert.Equal("not-found", outcomes["10.1371/notarealdoi"]);
        Assert.Contains("[4/4]", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 identifier(s): 2 added, 0 already stored, 2 failed.", run.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Add_ThenSourcesShow_SaysWhereEachValueCameFrom()
    {
        Assert.Equal(ExitCodes.Ok, (await RunAsync("add", "10.1371/journal.pone.0033693")).ExitCode);

        var table = await CliRun.RunAsync(db, "sources", "show", "10.1371/journal.pone.0033693");
        var json = await CliRun.RunAsync(db, "sources", "show", "10.1371/journal.pone.0033693", "--format", "json");

        Assert.Matches(@"title\s+.*\s+crossref", table.Out);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal("crossref", root.GetProperty("provenance").GetProperty("title").GetString());
        Assert.Equal("10.1371/journal.pone.0033693", root.GetProperty("doi").GetString());
        Assert.False(root.GetProperty("retracted").GetBoolean());
        var notice = Assert.Single(root.GetProperty("notices").EnumerateArray());
        Assert.Equal("correction", notice.GetProperty("type").GetString());
        Assert.Equal("crossref", notice.GetProperty("origin").GetString());
        Assert.StartsWith("10.1371/annotation/", notice.GetProperty("noticeDoi").GetString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Add_BadCrossrefUrl_ExitsInvalidInputNamingTheSetting()
    {
        var run = await RunAsync("add", "10.1038/srep16696", "--crossref-url", "ftp://nowhere");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("CrossrefBaseUrl", run.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Add_CrossrefDown_ExitsSomeFailedAndWritesNothing()
    {
        var run = await CliRun.RunWithEnvironmentAsync(db, Environment("/f/500/"), "add", "10.1038/srep16696", "--ncbi-url", server.At("/f/500/eutils").AbsoluteUri);

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("HTTP 500", run.Out, StringComparison.Ordinal);
        await using var context = await db.OpenAsync();
        Assert.Equal(0, await context.Sources.CountAsync());
    }

    [SharedDataFact]
    public async Task EnrichOffline_AfterAdd_ReportsChangedFieldsWithoutNetwork()
    {
        await RunAsync("add", "10.1038/srep16696");
        await using (var context = await db.OpenAsync())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE sources SET Volume = NULL, Provenance = '{{}}'");
        }

        var requests = server.Requests.Count;
        var run = await CliRun.RunAsync(db, "enrich", "--offline", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var outcome = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("outcomes").EnumerateArray());
        Assert.Equal("updated", outcome.GetProperty("outcome").GetString());
        Assert.Equal(["volume"], outcome.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public async Task RetractionsImport_HandWrittenExport_FlagsTheRightSources()
    {
        await using (var context = await db.OpenAsync())
        {
            await RetractionImportServiceTests.StoreThreeAsync(context);
        }

        var file = Path.Combine(db.Folder, "rw.csv");
        await File.WriteAllTextAsync(file, RetractionImportServiceTests.Csv);

        var run = await CliRun.RunAsync(db, "retractions", "import", file, "--format", "json");
        var list = await CliRun.RunAsync(db, "sources", "list", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var summary = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(4, summary.GetProperty("rowsRead").GetInt32());
        Assert.Equal(3, summary.GetProperty("noticesAdded").GetInt32());
        Assert.Contains("line 6", run.Error, StringComparison.Ordinal);
        var retracted = JsonDocument.Parse(list.Out).RootElement.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("retracted").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["one2020"] = true, ["three2018"] = false, ["two2019"] = false }, retracted);
    }

    [Fact]
    public async Task RetractionsImport_NotAnExport_ExitsInvalidInput()
    {
        var file = Path.Combine(db.Folder, "other.csv");
        await File.WriteAllTextAsync(file, "a,b,c\n1,2,3\n");

        var run = await CliRun.RunAsync(db, "retractions", "import", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("not a Retraction Watch export", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EverySupportingSourceRetractedByRetractionWatch_IsRetractedSupport()
    {
        var (claimKey, dois) = await ClaimWithSupportingDoisAsync();
        var file = Path.Combine(db.Folder, "rw.csv");
        await File.WriteAllLinesAsync(file, [RetractionImportServiceTests.Header, .. dois.Select((d, i) =>
            $"{900 + i},T,,,J,P,X,A,,Research Article;,8/16/2023 0:00,10.9999/notice.{i},0,1/1/2019 0:00,{d.ToUpperInvariant()},0,Retraction,+Fabrication;,No,,")]);

        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync(db, "retractions", "import", file)).ExitCode);
        var check = await CliRun.RunAsync(db, "check", "--format", "json");
        var table = await CliRun.RunAsync(db, "check");

        Assert.Equal("retracted-support", VerdictOf(check.Out, claimKey));
        Assert.Contains($"notices: {claimKey} cites", table.Out, StringComparison.Ordinal);
        Assert.Contains("(RETRACTED)", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CorrectionOnEverySupportingSource_IsNeverRetractedSupport()
    {
        var (claimKey, dois) = await ClaimWithSupportingDoisAsync();
        var before = VerdictOf((await CliRun.RunAsync(db, "check", "--format", "json")).Out, claimKey);
        var file = Path.Combine(db.Folder, "rw.csv");
        await File.WriteAllLinesAsync(file, [RetractionImportServiceTests.Header, .. dois.Select((d, i) =>
            $"{900 + i},T,,,J,P,X,A,,Research Article;,8/16/2023 0:00,10.9999/erratum.{i},0,1/1/2019 0:00,{d},0,Correction,+Error in Figure;,No,,")]);

        await CliRun.RunAsync(db, "retractions", "import", file);
        var after = VerdictOf((await CliRun.RunAsync(db, "check", "--format", "json")).Out, claimKey);

        Assert.NotEqual("retracted-support", after);
        Assert.Equal(before, after);
    }

    private static string? VerdictOf(string checkJson, string claimKey) =>
        JsonDocument.Parse(checkJson).RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("claims").EnumerateArray())
            .Single(c => c.GetProperty("key").GetString() == claimKey).GetProperty("verdict").GetString();

    // A seed claim whose every confirmed supporting source has a DOI.
    private async Task<(string ClaimKey, List<string> Dois)> ClaimWithSupportingDoisAsync()
    {
        await using var context = await SeededDatabase.OpenAsync(db);
        var claims = await context.Claims.AsNoTracking().Where(c => c.Status == ReviewStatus.Confirmed)
            .Include(c => c.Citations).ThenInclude(c => c.Source).ToListAsync();
        var claim = claims.First(c =>
        {
            var supporting = c.Citations.Where(x => x.Status == ReviewStatus.Confirmed && x.Stance == Stance.Supports).ToList();
            return supporting.Count > 0 && supporting.All(x => x.Source!.Doi is not null) && !supporting.Any(x => x.Source!.IsRetracted);
        });
        return (claim.Key, claim.Citations.Where(x => x.Status == ReviewStatus.Confirmed && x.Stance == Stance.Supports).Select(x => x.Source!.Doi!.Value.Value).Distinct().ToList());
    }
}
