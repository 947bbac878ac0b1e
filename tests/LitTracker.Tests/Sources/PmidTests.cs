using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class PmidTests
{
    public static TheoryData<string, long> Spellings => new()
    {
        { "32661635", 32661635 },
        { "pmid:32661635", 32661635 },
        { "PMID:32661635", 32661635 },
        { "PMID: 32661635", 32661635 },
        { "pmid 32661635", 32661635 },
        { " 32661635 ", 32661635 },
        { "https://pubmed.ncbi.nlm.nih.gov/32661635/", 32661635 },
        { "https://pubmed.ncbi.nlm.nih.gov/32661635", 32661635 },
        { "pubmed.ncbi.nlm.nih.gov/32661635/", 32661635 },
        { "https://www.ncbi.nlm.nih.gov/pubmed/32661635", 32661635 },
        { "1", 1 },
        { "999999999", 999999999 },
        // Leading zeros are dropped: some exports pad PMIDs to a fixed width.
        { "032661635", 32661635 },
        { "0032661635", 32661635 },
    };

    public static TheoryData<string> Rejected => new()
    {
        "",
        "  ",
        "0",
        "000000000",
        "-32661635",
        "+32661635",
        "3266163a",
        "PMC7843474",
        "1234567890",
        // Ten written characters, even though the number has eight digits.
        "32661635.0",
        "32 661 635",
        "https://example.org/32661635",
        "١٢٣٤٥",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void TryParse_Spelling_GivesNumber(string text, long value)
    {
        var ok = Pmid.TryParse(text, out var pmid);

        Assert.True(ok);
        Assert.Equal(value, pmid.Value);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void TryParse_NotAPmid_ReturnsFalse(string text)
    {
        var ok = Pmid.TryParse(text, out var pmid);

        Assert.False(ok);
        Assert.Equal(default, pmid);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(Pmid.TryParse(null, out _));

    [Fact]
    public void ToString_IsNumberWithoutLeadingZeros() => Assert.Equal("32661635", Pmid.Parse("PMID: 032661635").ToString());

    [Fact]
    public void Equality_TwoSpellings_AreEqual() =>
        Assert.Equal(Pmid.Parse("pmid:32661635"), Pmid.Parse("https://pubmed.ncbi.nlm.nih.gov/32661635/"));

    [Fact]
    public void Url_IsPubMedPage_AndRoundTrips()
    {
        var pmid = Pmid.Parse("32661635");

        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/32661635/", pmid.Url);
        Assert.Equal(pmid, Pmid.Parse(pmid.Url));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithExample()
    {
        var ex = Assert.Throws<FormatException>(() => Pmid.Parse("0"));

        Assert.Contains("'0'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. 32661635", ex.Message, StringComparison.Ordinal);
    }
}
