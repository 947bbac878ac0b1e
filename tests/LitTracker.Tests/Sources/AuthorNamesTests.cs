using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("Koning", "Harry J. de", "de Koning", "Harry J.", null)]
    [InlineData("Elm", "Erik von", "von Elm", "Erik", null)]
    [InlineData("Berghe", "Greet van den", "van den Berghe", "Greet", null)]
    [InlineData("Toit", "George Du", "Du Toit", "George", null)]
    [InlineData("Silva", "João da", "da Silva", "João", null)]
    [InlineData("Fowler Jr", "Vance G.", "Fowler", "Vance G.", "Jr")]
    [InlineData("van Wijnen", "Andre J", "van Wijnen", "Andre J", null)]
    [InlineData("Nguyen", "Thi Le", "Nguyen", "Thi Le", null)]
    [InlineData("Wang", "Da", "Wang", "Da", null)]
    [InlineData("Berg", "van der", "Berg", "van der", null)]
    public void Inverted_ParticlesAndSuffixes_TakeTheCommonShape(string family, string given, string expectedFamily, string expectedGiven, string? expectedSuffix)
    {
        var author = AuthorNames.Inverted(family, given);

        Assert.Equal(new Author(expectedFamily, expectedGiven, null, expectedSuffix), author);
    }

    [Fact]
    public void Inverted_ExplicitSuffix_IsKept()
    {
        Assert.Equal(new Author("Fowler", "Vance G.", null, "Jr."), AuthorNames.Inverted("Fowler", "Vance G.", "Jr."));
    }

    [Theory]
    [InlineData("RM Grant", "Grant", "RM")]
    [InlineData("R. M. Grant", "Grant", "RM")]
    [InlineData("J Smith-Jones", "Smith-Jones", "J")]
    public void InitialsFirst_InitialsThenSurname_IsSurnameWithInitials(string text, string family, string given)
    {
        Assert.Equal(new Author(family, given), AuthorNames.InitialsFirst(text));
    }

    [Theory]
    [InlineData("Grant RM")]
    [InlineData("WHO")]
    [InlineData("John Smith")]
    [InlineData("RECOVERY Collaborative Group")]
    public void InitialsFirst_OtherShapes_AreNotTaken(string text)
    {
        Assert.Null(AuthorNames.InitialsFirst(text));
    }
}
