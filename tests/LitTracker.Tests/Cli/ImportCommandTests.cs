using LitTracker.Cli;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Cli;

public class ImportCommandTests
{
    private const string TwoGoodRis = """
        TY  - JOUR
        ID  - r1
        AU  - Okafor, Chidi
        TI  - Walking programmes for knee osteoarthritis: a pragmatic trial
        JO  - Knee Health
        PY  - 2021
        DO  - 10.5555/knee.2021.1
        ER  - 

        TY  - JOUR
        ID  - r2
        AU  - Lindqvist, Åsa
        TI  - Sleep duration and blood pressure in adolescents
        PY  - 2018
        ER  - 

        """;

    private const string OneBadRecord = """
        TY  - JOUR
        ID  - good
        AU  - Haddad, Rami
        TI  - Fluoride varnish in primary care
        PY  - 2017
        ER  - 

        TY  - JOUR
        ID  - notitle
        AU  - Haddad, Rami
        PY  - 2018
        ER  - 

        """;

    [Fact]
    public async Task Import_CleanFile_AddsEveryRecordAndExitsOk()
    {
        using var db = new TempDatabase();
        var file = Write(db, "refs.ris", TwoGoodRis);

        var run = await CliRun.RunAsync(db, "import", file);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(["okafor2021", "lindqvist2018"], Lines(run.Out));
        Assert.Contains("2 added, 0 merged, 0 skipped as duplicates, 0 failed", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(db));
    }

    [Fact]
    public async Task Import_DryRun_WritesNothing()
    {
        using var db = new TempDatabase();
        var file = Write(db, "refs.ris", TwoGoodRis);

        var run = await CliRun.RunAsync(db, "import", file, "--dry-run");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("2 added", run.Error, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task Import_BadRecord_ReportedWithLineWhileGoodOnesLand()
    {
        using var db = new TempDatabase();
        var file = Write(db, "mixed.ris", OneBadRecord);

        var run = await CliRun.RunAsync(db, "import", file);

        Assert.Equal(ExitCodes.ImportedWithProblems, run.ExitCode);
        Assert.Contains(file + ":8: error [notitle]: The record has no title", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 merged, 0 skipped as duplicates, 1 failed", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db));
    }

    [Fact]
    public async Task Import_NothingUsable_ExitsNothingImported()
    {
        using var db = new TempDatabase();
        var file = Write(db, "bad.ris", "TY  - JOUR\nAU  - Nobody, N\nER  - \n");

        var run = await CliRun.RunAsync(db, "import", file);

        Assert.Equal(ExitCodes.NothingImported, run.ExitCode);
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNothingImportedWithTheReason()
    {
        using var db = new TempDatabase();

        var run = await CliRun.RunAsync(db, "import", Path.Combine(db.Folder, "absent.ris"));

        Assert.Equal(ExitCodes.NothingImported, run.ExitCode);
        Assert.Contains("cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_SkipsDuplicatesAndExitsOk()
    {
        using var db = new TempDatabase();
        var file = Write(db, "refs.ris", TwoGoodRis);
        await CliRun.RunAsync(db, "import", file);

        var run = await CliRun.RunAsync(db, "import", file);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("0 added, 0 merged, 2 skipped as duplicates", run.Error, StringComparison.Ordinal);
        Assert.Contains("duplicate of source 'okafor2021' (same DOI); skipped", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(db));
    }

    [Fact]
    public async Task Import_OnDuplicateMerge_FillsTheStoredSource()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "import", Write(db, "a.ris", TwoGoodRis));
        var richer = "TY  - JOUR\nAU  - Lindqvist, Åsa\nAU  - Berg, Per\nTI  - Sleep duration and blood-pressure in adolescents\nPY  - 2018\nVL  - 12\nSP  - 40\nEP  - 47\nER  - \n";

        var run = await CliRun.RunAsync(db, "import", Write(db, "b.ris", richer), "--on-duplicate", "merge");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("0 added, 1 merged", run.Error, StringComparison.Ordinal);
        await using var ctx = await db.OpenAsync();
        var merged = await ctx.Sources.SingleAsync(s => s.Key == "lindqvist2018");
        Assert.Equal("12", merged.Volume);
        Assert.Equal("40-47", merged.Pages);
        Assert.Equal(2, merged.Authors.Count);
    }

    [Fact]
    public async Task Import_OnDuplicateKeep_StoresTitleMatchAsNewSource()
    {
        using var db = new TempDatabase();
        await CliRun.RunAsync(db, "import", Write(db, "a.ris", TwoGoodRis));
        var variant = "TY  - JOUR\nAU  - Lindqvist, A\nTI  - Sleep duration and blood pressure in adolescents.\nPY  - 2019\nER  - \n";

        var run = await CliRun.RunAsync(db, "import", Write(db, "b.ris", variant), "--on-duplicate", "keep");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(["lindqvist2019"], Lines(run.Out));
        Assert.Contains("kept as a new source", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(db));
    }

    [Fact]
    public async Task Import_Strict_LeavesOutTheFileWithAProblemButKeepsTheCleanOne()
    {
        using var db = new TempDatabase();
        var clean = Write(db, "clean.ris", TwoGoodRis);
        var mixed = Write(db, "mixed.ris", OneBadRecord);

        var run = await CliRun.RunAsync(db, "import", clean, mixed, "--strict");

        Assert.Equal(ExitCodes.ImportedWithProblems, run.ExitCode);
        Assert.Contains("--strict: the file had 1 problem(s), so none of its 2 record(s) were imported", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 added, 0 merged, 0 skipped as duplicates, 2 failed; 1 file(s) left out by --strict", run.Error, StringComparison.Ordinal);
        await using var ctx = await db.OpenAsync();
        Assert.Equal(["lindqvist2018", "okafor2021"], await ctx.Sources.OrderBy(s => s.Key).Select(s => s.Key).ToListAsync());
    }

    [Fact]
    public async Task Import_StrictFileLeftOut_PrintsOnlyTheKeptKeysAndFreesTheKeysOfTheLeftOut()
    {
        using var db = new TempDatabase();
        var mixed = Write(db, "mixed.ris", OneBadRecord);
        var again = Write(db, "again.ris", "TY  - JOUR\nAU  - Haddad, Rami\nTI  - A different study of school meals\nPY  - 2017\nER  - \n");

        var run = await CliRun.RunAsync(db, "import", mixed, again, "--strict");

        // The left-out file's record had taken haddad2017; undoing it gives the key back.
        Assert.Equal(["haddad2017"], Lines(run.Out));
        await using var ctx = await db.OpenAsync();
        Assert.Equal(["haddad2017"], await ctx.Sources.Select(s => s.Key).ToListAsync());
    }

    [Fact]
    public async Task Import_StrictOnlyBadFile_ExitsNothingImported()
    {
        using var db = new TempDatabase();

        var run = await CliRun.RunAsync(db, "import", Write(db, "mixed.ris", OneBadRecord), "--strict");

        Assert.Equal(ExitCodes.NothingImported, run.ExitCode);
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task Import_SameAuthorAndYear_GetsDistinctKeys()
    {
        using var db = new TempDatabase();
        var two = "TY  - JOUR\nAU  - Okafor, C\nTI  - First paper on gait\nPY  - 2021\nER  - \nTY  - JOUR\nAU  - Okafor, C\nTI  - Second unrelated paper on diet\nPY  - 2021\nER  - \n";

        var run = await CliRun.RunAsync(db, "import", Write(db, "k.ris", two));

        Assert.Equal(["okafor2021", "okafor2021b"], Lines(run.Out));
    }

    internal static string Write(TempDatabase db, string name, string text)
    {
        var path = Path.Combine(db.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    internal static async Task<int> CountAsync(TempDatabase db)
    {
        await using var ctx = await db.OpenAsync();
        return await ctx.Sources.CountAsync();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
