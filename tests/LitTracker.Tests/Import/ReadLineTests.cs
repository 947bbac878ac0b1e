using System.Text;
using LitTracker.Import;

namespace LitTracker.Tests.Import;

/// <summary>
/// The buffer-at-a-time ReadLine of the decoding and sniffing readers against TextReader's own
/// definition (StringReader): lines end at "\r", "\n" or "\r\n", also where a "\r\n" straddles a
/// decoded chunk or the end of the sniffed prefix.
/// </summary>
public class ReadLineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void DecodingReader_ReadLine_SplitsAsStringReader(int seed)
    {
        // Longer than several 16 KB chunks, with every kind of line end and multi-byte characters.
        var text = RandomText(new Random(seed), 70_000);

        using var reader = TextDecoding.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "in.ris");

        Assert.Equal(Lines(new StringReader(text)), Lines(reader));
    }

    [Fact]
    public void DecodingReader_ReadLineAfterInvalidByte_StopsWhereReadDoes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("TY  - JOUR\r\nTI  - A"), 0xFF, .. Encoding.UTF8.GetBytes("\nER  - ")];
        var issues = new List<ImportIssue>();

        using var reader = TextDecoding.Open(new MemoryStream(bytes), "in.ris", issues.Add);

        Assert.Equal(["TY  - JOUR", "TI  - A"], Lines(reader));
        Assert.Single(issues);
    }

    [Fact]
    public void PrefixedReader_ReadLine_SplitsAsStringReaderAtEveryPrefixLength()
    {
        var text = RandomText(new Random(3), 300) + "\r\n\r\r\nend\r";
        var expected = Lines(new StringReader(text));
        for (var cut = 0; cut <= text.Length; cut++)
        {
            using var reader = new PrefixedTextReader(text[..cut], new StringReader(text[cut..]));

            Assert.Equal(expected, Lines(reader));
        }
    }

    private static List<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string RandomText(Random random, int length)
    {
        string[] pieces = ["AU  - Müller, J", "\r\n", "\n", "\r", "x", " ", "Ωmega", "\r\n\r\n", "ER  - ", "\u2028"];
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
        }

        return sb.ToString();
    }
}
