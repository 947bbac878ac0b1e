using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class TitleKeyTests
{
    [Theory]
    [InlineData("Remdesivir for the Treatment of Covid-19 &#8212; Final Report", "Remdesivir for the Treatment of Covid-19 — Final Report")]
    [InlineData("Diet &amp; exercise", "Diet & exercise")]
    [InlineData("Outcomes at p &lt; 0.05", "Outcomes at p < 0.05")]
    [InlineData("&lt;i&gt;Staphylococcus aureus&lt;/i&gt; bacteraemia", "<i>Staphylococcus aureus</i> bacteraemia")]
    public void For_HtmlEntities_FoldLikeTheCharactersTheyStandFor(string escaped, string plain)
    {
        Assert.Equal(TitleKey.For(plain), TitleKey.For(escaped));
    }

    [Fact]
    public void For_UnknownEntity_StaysText()
    {
        Assert.Equal("a bogus b", TitleKey.For("A &bogus; B"));
    }
}
