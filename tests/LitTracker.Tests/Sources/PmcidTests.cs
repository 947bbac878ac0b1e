using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class PmcidTests
{
    public static TheoryData<string> Spellings => new()
    {
        "PMC7843474",
        "pmc7843474",
        "PMC07843474",
        " PMC7843474 ",
        "pmcid:PMC7843474",
        "pmcid: PMC7843474",
        "PMCID: PMC7843474",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7843474/",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7843474",
        "http://ncbi.nlm.nih.gov/pmc/articles/PMC7843474/",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7843474/",
        "pmc.ncbi.nlm.nih.gov/articles/pmc7843474",
    };

    public static TheoryData<string> Rejected => new()
    {
        "",
        " ",
        "7843474",
        "pmcid:7843474",
        "PMC",
        "PMC0",
        "PMC0000",
        "PMC-7843474",
        "PMC7843474a",
        "PMC 7843474",
        "PMC12345678901",
        "https://pubmed.ncbi.nlm.nih.gov/32661635/",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7843474/pdf/file.pdf",
        "PMC١٢٣",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void TryParse_Spelling_GivesCanonicalForm(string text)
    {
        var ok = Pmcid.TryParse(text, out var pmcid);

        Assert.True(ok);
        Assert.Equal(7843474, pmcid.Number);
        Assert.Equal("PMC7843474", pmcid.Value);
        Assert.Equal("PMC7843474", pmcid.ToString());
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void TryParse_NotAPmcid_ReturnsFalse(string text)
    {
        var ok = Pmcid.TryParse(text, out var pmcid);

        Assert.False(ok);
        Assert.Equal(default, pmcid);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(Pmcid.TryParse(null, out _));

    [Fact]
    public void Equality_TwoSpellings_AreEqual() =>
        Assert.Equal(Pmcid.Parse("pmc7843474"), Pmcid.Parse("https://pmc.ncbi.nlm.nih.gov/articles/PMC7843474/"));

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithExample()
    {
        var ex = Assert.Throws<FormatException>(() => Pmcid.Parse("7843474"));

        Assert.Contains("'7843474'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. PMC7843474", ex.Message, StringComparison.Ordinal);
    }
}
