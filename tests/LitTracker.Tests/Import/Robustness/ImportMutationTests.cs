using LitTracker.Import;

namespace LitTracker.Tests.Import.Robustness;

/// <summary>
/// Mutated valid inputs (truncations, byte flips, structural damage) must end in records and issues,
/// never in an exception, and with work bounded by the input: each byte is read a bounded number of
/// times, and records plus issues never outnumber the bytes.
/// </summary>
public class ImportMutationTests
{
    [Fact]
    public void Parse_TruncatedAtManyOffsets_NeverThrowsAndStaysBounded()
    {
        var runs = 0;

        foreach (var (file, text) in MutationInputs.All)
        {
            foreach (var bytes in MutationInputs.Truncations(MutationInputs.Bytes(text)))
            {
                ParseBounded(bytes, file);
                runs++;
            }
        }

        Assert.True(runs > 300);
    }

    [Fact]
    public void Parse_RandomByteFlips_NeverThrowAndStayBounded()
    {
        var records = 0;

        foreach (var (file, text) in MutationInputs.All)
        {
            foreach (var bytes in MutationInputs.Flips(MutationInputs.Bytes(text), rounds: 200, seed: 20261121))
            {
                records += ParseBounded(bytes, file);
            }
        }

        // Of 2,000 records offered (5 formats x 200 rounds x 2), 809 survive today; a parser that gave
        // up on the first damaged byte would keep far fewer.
        Assert.True(records > 3 * 200, $"{records} records");
    }

    [Fact]
    public void Parse_StructuralDamage_NeverThrowsAndStaysBounded()
    {
        var outcomes = new List<string>();

        foreach (var (file, text) in MutationInputs.Structural())
        {
            var issues = new List<ImportIssue>();
            var count = ParseBounded(MutationInputs.Bytes(text), file, issues);
            outcomes.Add($"{file}: {count} records, {issues.Count} issues");
            Assert.True(count + issues.Count > 0, $"{file} produced neither a record nor an issue");
        }

        Assert.Equal(MutationInputs.Structural().Count(), outcomes.Count);
    }

    /// <summary>Parses to the end; returns the records.</summary>
    internal static int ParseBounded(byte[] bytes, string file, List<ImportIssue>? issues = null)
    {
        issues ??= [];
        using var stream = new CountingStream(bytes);
        var count = 0;
        foreach (var parsed in SourceFileParser.Parse(stream, file, ImportFormat.Unspecified, issues.Add))
        {
            Assert.NotNull(parsed.Source);
            count++;
        }

        Assert.True(count + issues.Count <= bytes.Length + 2, $"{file}: {count} records and {issues.Count} issues from {bytes.Length} bytes");
        Assert.True(stream.BytesRead <= bytes.Length + 1, $"{file}: read {stream.BytesRead} bytes of {bytes.Length}");
        Assert.True(stream.Reads <= (bytes.Length / 16) + 64, $"{file}: {stream.Reads} reads for {bytes.Length} bytes");
        return count;
    }
}
