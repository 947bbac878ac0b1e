using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates;

public class DuplicateTitleTests
{
    private static string Fold(string title) => DuplicateTitle.Fold(TitleKey.For(title));

    [Theory]
    [InlineData("Abstract CT101: Drug A versus drug B in advanced melanoma")]
    [InlineData("PL02.05 Drug A versus drug B in advanced melanoma")]
    [InlineData("Drug A versus drug B in advanced melanoma [abstract]")]
    [InlineData("Poster P12: Drug A versus drug B in advanced melanoma")]
    public void Fold_ConferenceAbstractLabel_IsDropped(string title)
    {
        Assert.Equal("drug a versus drug b in advanced melanoma", Fold(title));
    }

    [Fact]
    public void Fold_AbstractAsAWordOfTheTitle_IsKept()
    {
        Assert.Equal("abstract reasoning in school children", Fold("Abstract reasoning in school children"));
    }

    [Fact]
    public void Fold_Possessive_IsDropped()
    {
        Assert.Equal(Fold("Donanemab in early Alzheimer disease"), Fold("Donanemab in early Alzheimer's disease"));
    }

    [Theory]
    [InlineData("Tumour behaviour in randomised trials", "Tumor behavior in randomized trials")]
    [InlineData("Haemorrhage and oesophageal varices", "Hemorrhage and esophageal varices")]
    [InlineData("Sulphonylureas in a community centre", "Sulfonylureas in a community center")]
    [InlineData("Analysed behavioural programmes", "Analyzed behavioral programs")]
    [InlineData("Modelling the catalogue of fibres", "Modeling the catalog of fibers")]
    public void Fold_BritishSpelling_EqualsAmerican(string british, string american)
    {
        Assert.Equal(Fold(american), Fold(british));
    }

    [Fact]
    public void Fold_FourAndHour_AreNotFoldedAsBritishOur()
    {
        Assert.Equal("four hour", Fold("Four hour"));
    }
}
