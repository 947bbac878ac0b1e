using LitTracker.Import.Bibtex;

namespace LitTracker.Tests.Import.Bibtex;

public class LatexTextTests
{
    [Theory]
    [InlineData(@"M{\""o}ller", "Möller")]
    [InlineData(@"Caf\'{e}", "Café")]
    [InlineData(@"Caf\'e", "Café")]
    [InlineData(@"Stra{\ss}e", "Straße")]
    [InlineData(@"{\o}st", "øst")]
    [InlineData(@"Ci\c{c}ek", "Ciçek")]
    [InlineData(@"\v{S}koda", "Škoda")]
    [InlineData(@"na\""{\i}ve", "naïve")]
    [InlineData(@"{\aa}ngstr{\""o}m", "ångström")]
    [InlineData(@"Pe{\~n}a", "Peña")]
    [InlineData(@"\L{}\'od\'z", "Łódź")]
    public void ToUnicode_Accents_BecomeComposedCharacters(string latex, string expected)
    {
        Assert.Equal(expected, LatexText.ToUnicode(latex));
    }

    [Theory]
    [InlineData("1990--2000", "1990–2000")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("well-known", "well-known")]
    [InlineData(@"A \& B 50\% \$5 \#1 a\_b", "A & B 50% $5 #1 a_b")]
    [InlineData("{The} {RNA} world", "The RNA world")]
    [InlineData(@"\textit{In vitro} and \emph{in vivo}", "In vitro and in vivo")]
    [InlineData(@"TNF-$\alpha$ and IL-1$\beta$", "TNF-α and IL-1β")]
    [InlineData("$e=mc^2$", "e=mc²")]
    [InlineData("H$_2$O", "H₂O")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData("a~b", "a b")]
    [InlineData("  many \n  spaces ", "many spaces")]
    [InlineData(@"\noopsort{a}Zeta", "Zeta")]
    [InlineData(@"unknown: \unknown", @"unknown: \unknown")]
    public void ToUnicode_Markup_BecomesPlainText(string latex, string expected)
    {
        Assert.Equal(expected, LatexText.ToUnicode(latex));
    }

    [Theory]
    [InlineData("{{{")]
    [InlineData("}}}")]
    [InlineData(@"\")]
    [InlineData(@"\'")]
    [InlineData("$$$")]
    public void ToUnicode_MalformedLatex_DoesNotThrow(string latex)
    {
        var text = LatexText.ToUnicode(latex);

        Assert.NotNull(text);
    }

    [Fact]
    public void Verbatim_Url_KeepsEverythingButEscapes()
    {
        Assert.Equal("https://x.org/a_b?c=1%20", LatexText.Verbatim(@"{https://x.org/a\_b?c=1\%20}"));
    }
}
