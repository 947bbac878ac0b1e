using LitTracker.Citations;
using LitTracker.Cli;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Cli;

public class DuplicatesCommandTests
{
    private const string Pair = """
        TY  - JOUR
        AU  - Byrne, Siobhan
        TI  - Remote therapy for insomnia in shift workers
        PY  - 2022
        ER  - 
        """;

    private const string Variant = """
        TY  - JOUR
        AU  - Byrne, S
        TI  - Remote therapy for insomnia in shift-workers.
        PY  - 2023
        VL  - 9
        DO  - 10.5555/sleep.9
        ER  - 
        """;

    private static async Task<TempDatabase> TwoCopiesAsync()
    {
        var db = new TempDatabase();
        await CliRun.RunAsync(db, "import", ImportCommandTests.Write(db, "a.ris", Pair));
        await CliRun.RunAsync(db, "import", ImportCommandTests.Write(db, "b.ris", Variant), "--on-duplicate", "keep");
        return db;
    }

    [Fact]
    public async Task DuplicatesList_KeptVariant_IsProposed()
    {
        using var db = await TwoCopiesAsync();

        var run = await CliRun.RunAsync(db, "duplicates", "list", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("byrne2022,byrne2023,similar-title", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicatesList_SameTitleDifferentPmid_IsProposedButNotSkippedOnImport()
    {
        using var db = new TempDatabase();
        const string Record = """
            TY  - JOUR
            AU  - Byrne, Siobhan
            TI  - Remote therapy for insomnia in shift workers
            PY  - 2022
            AN  - {0}
            DB  - PubMed
            ER  - 
            """;
        await CliRun.RunAsync(db, "import", ImportCommandTests.Write(db, "a.ris", Record.Replace("{0}", "99000001", StringComparison.Ordinal)));
        var second = await CliRun.RunAsync(db, "import", ImportCommandTests.Write(db, "b.ris", Record.Replace("{0}", "99000002", StringComparison.Ordinal)));

        var run = await CliRun.RunAsync(db, "duplicates", "list", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        await using var ctx = await db.OpenAsync();
        Assert.Equal(2, await ctx.Sources.CountAsync());
        Assert.Contains("same-title-different-pmid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicatesDistinct_Pair_IsNeverProposedAgain()
    {
        using var db = await TwoCopiesAsync();

        var mark = await CliRun.RunAsync(db, "duplicates", "distinct", "byrne2022", "byrne2023", "--by", "ed");
        var run = await CliRun.RunAsync(db, "duplicates", "list", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, mark.ExitCode);
        Assert.DoesNotContain("byrne2023", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicatesMerge_MovesCitationsAndKeepsMostCompleteFields()
    {
        using var db = await TwoCopiesAsync();
        await CliRun.RunAsync(db, "seed");
        var cited = await CliRun.RunAsync(db, "cite", "gocare2019-c10", "byrne2023", "--stance", "supports", "--by", "ed");
        Assert.Equal(ExitCodes.Ok, cited.ExitCode);

        var run = await CliRun.RunAsync(db, "duplicates", "merge", "byrne2022", "byrne2023", "--by", "ed");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        await using var ctx = await db.OpenAsync();
        Assert.False(await ctx.Sources.AnyAsync(s => s.Key == "byrne2023"));
        var survivor = await ctx.Sources.SingleAsync(s => s.Key == "byrne2022");
        Assert.Equal(("10.5555/sleep.9", "9", "Siobhan"), (survivor.Doi?.Value, survivor.Volume, survivor.Authors[0].Given));
        var citation = await ctx.Citations.SingleAsync(c => c.SourceId == survivor.Id);
        var history = await ctx.CitationChanges.Where(c => c.CitationId == citation.Id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(ChangeKind.Changed, history[^1].Kind);
        Assert.Contains("merged into 'byrne2022'", history[^1].Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicatesMerge_SameSourceTwice_IsInvalidInput()
    {
        using var db = await TwoCopiesAsync();

        var run = await CliRun.RunAsync(db, "duplicates", "merge", "byrne2022", "byrne2022");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
    }
}
