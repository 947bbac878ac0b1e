using LitTracker.Export.Bibtex;

namespace LitTracker.Tests.Export;

public class LatexEscaperTests
{
    [Theory]
    [InlineData("A & B", @"A \& B")]
    [InlineData("50% {x}", @"50\% \{x\}")]
    [InlineData(@"a\b", @"a\textbackslash{}b")]
    [InlineData("1--2", "1-{-}2")]
    public void Text_SpecialCharacters_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, LatexEscaper.Text(text));
    }

    [Theory]
    [InlineData("Effects of mRNA vaccines in Alzheimer disease", "Effects of {mRNA} vaccines in {Alzheimer} disease")]
    [InlineData("COVID-19 outcomes", "{COVID-19} outcomes")]
    [InlineData("Plain title", "Plain title")]
    [InlineData("Office-Based Stem Cell Therapy for DNA Repair", "Office-Based Stem Cell Therapy for {DNA} Repair")]
    public void Title_Capitals_AreProtectedWhereNeeded(string text, string expected)
    {
        Assert.Equal(expected, LatexEscaper.Title(text));
    }
}
