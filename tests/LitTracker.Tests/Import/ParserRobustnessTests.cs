using System.Text;
using LitTracker.Import;

namespace LitTracker.Tests.Import;

/// <summary>Truncated and corrupted inputs must end in issues, never in exceptions or hangs.</summary>
public class ParserRobustnessTests
{
    private const string Bib = """
        @string{j = "Pain Med"}
        @article{law2019, author = {Law, L and van Wijnen, A. J. and others}, title = {Stem {\"o} cells --- \'{e}},
          journal = j # " X", year = 2019, month = mar, pages = {1--9}, doi = {10.1/x}, crossref = {bk}}
        @book{bk, title = {Book}, publisher = {P}}
        @comment{ x }
        """;

    private const string Ris = "TY  - JOUR\nAU  - Doe, J\nTI  - Title\n  more\nPY  - 2019/03/05/\nSP  - 1\nEP  - 9\nDO  - 10.1/x\nER  - \n"
        + "TY  - BOOK\nTI  - B\nER  - \n";

    private const string Json = """
        [{"id":"a","type":"article-journal","title":"T","author":[{"family":"D","given":"J"}],
          "issued":{"date-parts":[[2019,3,5]]},"container-title":["C"],"page":"1-9","DOI":"10.1/x"},
         {"type":"book","title":"B"}]
        """;

    public static TheoryData<string, string> Inputs => new()
    {
        { "x.bib", Bib },
        { "x.ris", Ris },
        { "x.json", Json },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_EveryTruncation_NeverThrows(string file, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var runs = 0;

        for (var length = 0; length <= bytes.Length; length += 7)
        {
            RunToEnd(bytes.AsSpan(0, length).ToArray(), file);
            runs++;
        }

        Assert.True(runs > bytes.Length / 7);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_RandomByteFlips_NeverThrow(string file, string text)
    {
        var original = Encoding.UTF8.GetBytes(text);
        var random = new Random(20240506);
        var total = 0;

        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            total += RunToEnd(bytes, file);
        }

        Assert.True(total >= 0);
    }

    private static int RunToEnd(byte[] bytes, string file)
    {
        var issues = new List<ImportIssue>();
        var count = 0;
        foreach (var parsed in SourceFileParser.Parse(new MemoryStream(bytes), file, ImportFormat.Unspecified, issues.Add))
        {
            Assert.NotNull(parsed.Source);
            count++;
        }

        // Work is bounded by input size: records and issues can never outnumber the bytes.
        Assert.True(count + issues.Count <= bytes.Length + 2);
        return count;
    }
}
