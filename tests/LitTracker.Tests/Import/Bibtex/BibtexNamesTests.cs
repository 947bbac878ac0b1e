using LitTracker.Import.Bibtex;
using LitTracker.Sources;

namespace LitTracker.Tests.Import.Bibtex;

public class BibtexNamesTests
{
    [Theory]
    [InlineData("Andre J. van Wijnen", "van Wijnen", "Andre J.", null)]
    [InlineData("van Wijnen, Andre J.", "van Wijnen", "Andre J.", null)]
    [InlineData("Jean de la Fontaine", "de la Fontaine", "Jean", null)]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", null)]
    [InlineData("King, Jr., Martin Luther", "King", "Martin Luther", "Jr.")]
    [InlineData("King, Martin Luther, Jr.", "King", "Martin Luther", "Jr.")]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", "Jr.")]
    [InlineData("Hermann {von Helmholtz}", "von Helmholtz", "Hermann", null)]
    [InlineData(@"Kurt G{\""o}del", "Gödel", "Kurt", null)]
    [InlineData(@"{\""O}zt{\""u}rk, Ay{\c{s}}e", "Öztürk", "Ayşe", null)]
    [InlineData("Smith", "Smith", null, null)]
    [InlineData("given=Jane, family=Doe, prefix=de", "de Doe", "Jane", null)]
    public void ParseName_BibtexForms_SplitsFamilyGivenSuffix(string raw, string family, string? given, string? suffix)
    {
        var author = BibtexNames.ParseName(raw);

        Assert.Equal(new Author(family, given, null, suffix), author);
    }

    [Fact]
    public void Parse_BracedName_IsOrganisation()
    {
        var authors = BibtexNames.Parse("{World Health Organization} and Smith, J", out _);

        Assert.Equal([Author.Organisation("World Health Organization"), new Author("Smith", "J")], authors);
    }

    [Fact]
    public void Parse_AndOthers_MarksIncomplete()
    {
        var authors = BibtexNames.Parse("Smith, John and Doe, Jane and others", out var incomplete);

        Assert.Equal(2, authors.Count);
        Assert.True(incomplete);
    }

    [Fact]
    public void Parse_AndInsideBraces_DoesNotSplit()
    {
        var authors = BibtexNames.Parse("{Barnes and Noble} AND Doe, J", out var incomplete);

        Assert.Equal("Barnes and Noble", authors[0].Literal);
        Assert.Equal("Doe", authors[1].Family);
        Assert.False(incomplete);
    }
}
