using LitTracker.Reports.Vancouver;

namespace LitTracker.Tests.Reports.Vancouver;

public class VancouverPagesTests
{
    [Theory]
    [InlineData("525-538", "525–38")]
    [InlineData("5441-5444", "5441–4")]
    [InlineData("1161", "1161")]
    [InlineData("e23343", "e23343")]
    [InlineData("123-45", "123–45")]
    [InlineData("100-104", "100–4")]
    [InlineData("1496-1504", "1496–504")]
    [InlineData("12-12", "12")]
    [InlineData("S12-S15", "S12–5")]
    [InlineData("525\u2013538", "525–38")]
    [InlineData("1-5, 10-15", "1–5, 10–5")]
    [InlineData("45-12", "45–12")]
    [InlineData("iv-x", "iv-x")]
    [InlineData("", "")]
    public void Elide_Ranges_NlmMinimalForm(string pages, string expected)
    {
        Assert.Equal(expected, VancouverPages.Elide(pages));
    }
}
