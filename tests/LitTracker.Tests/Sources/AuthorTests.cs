using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class AuthorTests
{
    [Theory]
    [InlineData("van Wijnen AJ", "van Wijnen", "AJ")]
    [InlineData("Law L", "Law", "L")]
    [InlineData("Hunt CL", "Hunt", "CL")]
    [InlineData("  Hunt CL  ", "Hunt", "CL")]
    [InlineData("de la Cruz ABCD", "de la Cruz", "ABCD")]
    [InlineData("Ødegaard Å", "Ødegaard", "Å")]
    public void ParseVancouver_FamilyAndInitials_Splits(string text, string family, string given)
    {
        var author = Author.ParseVancouver(text);

        Assert.Equal(new Author(family, given), author);
        Assert.Equal($"{family} {given}", author.ToString());
    }

    [Theory]
    [InlineData("Lee")]
    [InlineData("US Food and Drug Administration")]
    [InlineData("Smith Jr")]
    [InlineData("Smith ABCDE")]
    [InlineData("Smith J.")]
    [InlineData("Smith aj")]
    public void ParseVancouver_NoInitialsAtEnd_WholeTextIsFamily(string text)
    {
        var author = Author.ParseVancouver(text);

        Assert.Equal(text, author.Family);
        Assert.Null(author.Given);
        Assert.Null(author.Literal);
        Assert.Equal(text, author.ToString());
    }

    [Fact]
    public void ParseVancouver_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Author.ParseVancouver(null!));

    [Fact]
    public void Organisation_HasOnlyLiteral()
    {
        var author = Author.Organisation("US Food and Drug Administration");

        Assert.Null(author.Family);
        Assert.Null(author.Given);
        Assert.Equal("US Food and Drug Administration", author.ToString());
    }
}
