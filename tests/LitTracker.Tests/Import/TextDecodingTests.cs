using System.Text;
using LitTracker.Import;

namespace LitTracker.Tests.Import;

public class TextDecodingTests
{
    private static (string Text, List<ImportIssue> Issues) Decode(byte[] bytes)
    {
        var issues = new List<ImportIssue>();
        using var reader = TextDecoding.Open(new MemoryStream(bytes), "in.bib", issues.Add);
        return (reader.ReadToEnd(), issues);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Open_SupportedEncodings_DecodeAndStripBom(string name)
    {
        const string text = "@article{a, author = {Möller, Jürgen}}";
        var bytes = name switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var (decoded, issues) = Decode(bytes);

        Assert.Equal(text, decoded);
        Assert.Empty(issues);
    }

    [Fact]
    public void Open_Latin1Bytes_StopsWithErrorNamingFileAndOffset()
    {
        var bytes = Encoding.Latin1.GetBytes("line one\nM\u00f6ller");

        var (decoded, issues) = Decode(bytes);

        Assert.Equal("line one\nM", decoded);
        var issue = Assert.Single(issues);
        Assert.Equal(("in.bib", 2, ImportSeverity.Error), (issue.File, issue.Line, issue.Severity));
        Assert.Contains("byte offset 10", issue.Message, StringComparison.Ordinal);
        Assert.Contains("0xF6", issue.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InvalidByteAfterFirstChunk_ReportsAbsoluteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 40_000) + "\u00e9").ToList();
        bytes.Insert(30_000, 0xFF);

        var (decoded, issues) = Decode([.. bytes]);

        Assert.Equal(30_000, decoded.Length);
        Assert.Contains("byte offset 30000", Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Utf16WithoutBom_IsRefused()
    {
        var (decoded, issues) = Decode(Encoding.Unicode.GetBytes("TY  - JOUR"));

        Assert.Empty(decoded);
        Assert.Contains("UTF-16 without a byte-order mark", Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Utf32_IsRefused()
    {
        var (_, issues) = Decode([.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, true).GetBytes("x")]);

        Assert.Contains("UTF-32", Assert.Single(issues).Message, StringComparison.Ordinal);
    }
}
