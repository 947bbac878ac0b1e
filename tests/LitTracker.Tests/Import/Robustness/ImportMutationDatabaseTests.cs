using LitTracker.Import;
using LitTracker.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Tests.Import.Robustness;

/// <summary>Mutated inputs imported into a real (temporary) database never leave a partial write.</summary>
public class ImportMutationDatabaseTests
{
    private static ImportFile File(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes));

    [Fact]
    public async Task ImportAsync_MutatedInputsStrict_FailedFilesLeaveCountsUnchanged()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await new ImportService(db).ImportAsync([File("base.ris", MutationInputs.Bytes("TY  - JOUR\nTI  - Already stored work on knees\nPY  - 1990\nER  - \n"))]);
        var aborted = 0;

        foreach (var (file, text) in MutationInputs.All)
        {
            foreach (var bytes in MutationInputs.Flips(MutationInputs.Bytes(text), rounds: 8, seed: 7).Concat(MutationInputs.Truncations(MutationInputs.Bytes(text)).Where((_, i) => i % 15 == 7)))
            {
                var before = await db.Sources.CountAsync();

                var result = await new ImportService(db).ImportAsync([File(file, bytes)], new ImportOptions(Strict: true, OnDuplicate: DuplicateAction.Keep));

                var after = await db.Sources.CountAsync();
                Assert.Equal(before + result.Added, after);
                if (result.AbortedFiles.Count > 0)
                {
                    aborted++;
                    Assert.Equal(before, after);
                }
            }
        }

        Assert.True(aborted > 10, $"{aborted} files aborted");
    }

    [Fact]
    public async Task ImportAsync_StreamFailsMidway_LeavesCountsUnchanged()
    {
        using var temp = new TempDatabase();
        await using var db = await temp.OpenAsync();
        await new ImportService(db).ImportAsync([File("base.bib", MutationInputs.Bytes(MutationInputs.Bib))]);
        var before = await db.Sources.CountAsync();
        var records = string.Concat(Enumerable.Range(1, 400).Select(i => $"TY  - JOUR\nTI  - Separate work number {i} on topic {i}\nPY  - 2020\nER  - \n"));
        var bytes = MutationInputs.Bytes(records);

        var failing = new ImportFile("failing.ris", () => new FailingStream(bytes, failAt: bytes.Length / 2));
        var error = await Record.ExceptionAsync(() => new ImportService(db).ImportAsync([failing]));

        Assert.IsType<IOException>(error);
        Assert.Equal(before, await db.Sources.CountAsync());
    }

    private sealed class FailingStream(byte[] bytes, int failAt) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= failAt ? throw new IOException("disk gone") : base.Read(buffer, offset, Math.Min(count, 4096));

        public override int Read(Span<byte> buffer) => Position >= failAt ? throw new IOException("disk gone") : base.Read(buffer[..Math.Min(buffer.Length, 4096)]);
    }
}
