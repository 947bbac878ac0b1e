using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class DoiTests
{
    public static TheoryData<string, string> Spellings => new()
    {
        { "10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "https://doi.org/10.1093/PM/PNY256", "10.1093/pm/pny256" },
        { "http://doi.org/10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "http://dx.doi.org/10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "https://dx.doi.org/10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "doi.org/10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "HTTPS://DOI.ORG/10.1093/PM/PNY256", "10.1093/pm/pny256" },
        { "doi:10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "doi: 10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "DOI: 10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "DOI 10.1093/pm/pny256", "10.1093/pm/pny256" },
        { "  10.1093/pm/pny256 \t\n", "10.1093/pm/pny256" },
        { "10.1002%2Fsctm.18-0122", "10.1002/sctm.18-0122" },
        { "https://doi.org/10.1002%2FSCTM.18-0122", "10.1002/sctm.18-0122" },
        { "10.1002/(SICI)1097-4636(199609)32:1<7::AID-JBM2>3.0.CO;2-S", "10.1002/(sici)1097-4636(199609)32:1<7::aid-jbm2>3.0.co;2-s" },
        { "10.1000.10/abc", "10.1000.10/abc" },
        { "10.123456789/x", "10.123456789/x" },
        { "10.1001/jama.2016.0287.", "10.1001/jama.2016.0287" },
        { "doi:10.1093/pm/pny256,", "10.1093/pm/pny256" },
        { "https://doi.org/10.1093/pm/pny256;", "10.1093/pm/pny256" },
    };

    public static TheoryData<string> Rejected => new()
    {
        "",
        "   ",
        "10.12/abc",
        "10.123/abc",
        "10.1234567890/abc",
        "11.1234/x",
        "10.1234/",
        "10.1234/.",
        "10.1234",
        "10.1234/a b",
        "10.1002%2Fa%20b",
        "https://example.org/10.1093/pm/pny256",
        "pmid:32661635",
        "10.abcd/x",
        "10.1234/abc%0A",
        "10.1234/abc%0D%0A",
        "10.١٢٣٤/x",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void TryParse_Spelling_GivesCanonicalForm(string text, string canonical)
    {
        var ok = Doi.TryParse(text, out var doi);

        Assert.True(ok);
        Assert.Equal(canonical, doi.Value);
        Assert.Equal(canonical, doi.ToString());
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void TryParse_NotADoi_ReturnsFalse(string text)
    {
        var ok = Doi.TryParse(text, out var doi);

        Assert.False(ok);
        Assert.Equal(default, doi);
    }

    [Theory]
    [InlineData("10.1234/100%", "10.1234/100%")]
    [InlineData("10.1234/a%ZZb", "10.1234/a%zzb")]
    [InlineData("10.1234/a%2", "10.1234/a%2")]
    public void TryParse_MalformedPercentEscape_KeptVerbatimWithoutThrowing(string text, string canonical)
    {
        var ok = Doi.TryParse(text, out var doi);

        Assert.True(ok);
        Assert.Equal(canonical, doi.Value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(Doi.TryParse(null, out _));

    [Fact]
    public void Equality_TwoSpellingsOfOneDoi_AreEqual()
    {
        var a = Doi.Parse("https://doi.org/10.1093/PM/PNY256");
        var b = Doi.Parse("doi:10.1093/pm/pny256");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentDois_AreNotEqual() =>
        Assert.NotEqual(Doi.Parse("10.1093/pm/pny256"), Doi.Parse("10.1093/pm/pny257"));

    [Fact]
    public void Url_IsDoiOrgResolver() =>
        Assert.Equal("https://doi.org/10.1093/pm/pny256", Doi.Parse("DOI 10.1093/PM/PNY256").Url);

    [Fact]
    public void Url_RoundTripsThroughParse()
    {
        var doi = Doi.Parse("10.1002/sctm.18-0122");

        Assert.Equal(doi, Doi.Parse(doi.Url));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithExample()
    {
        var ex = Assert.Throws<FormatException>(() => Doi.Parse("10.12/abc"));

        Assert.Contains("10.12/abc", ex.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. 10.1093/pm/pny256", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Default_IsEmpty() => Assert.Equal(string.Empty, default(Doi).ToString());
}
