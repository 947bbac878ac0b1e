using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates;

public class SurnameMatcherTests
{
    private static bool Same(Author a, Author b) =>
        SurnameMatcher.Same(DuplicateCandidate.SurnameKey(a), SurnameMatcher.Parts(a), DuplicateCandidate.SurnameKey(b), SurnameMatcher.Parts(b));

    [Theory]
    [InlineData("Lopez Bernal", "Bernal")]
    [InlineData("García-Márquez", "Garcia")]
    [InlineData("Pronovost", "Provonost")]
    [InlineData("Mueller", "Muller")]
    [InlineData("Nguyen", "Ngyuen")]
    public void Same_VariantsOfOneSurname_AreTheSame(string a, string b)
    {
        Assert.True(Same(new Author(a, "J"), new Author(b, "J")));
    }

    [Theory]
    [InlineData("Li", "Lu")]
    [InlineData("van Dijk", "van Berg")]
    [InlineData("Smith", "Jones")]
    [InlineData("Anderson", "Andersen Berg")]
    public void Same_DifferentSurnames_AreNotTheSame(string a, string b)
    {
        Assert.False(Same(new Author(a, "J"), new Author(b, "J")));
    }

    [Theory]
    [InlineData("RECOVERY Collaborative Group")]
    [InlineData("The Diabetes Control and Complications Trial Research Group")]
    [InlineData("WHO Solidarity Trial Consortium")]
    public void IsOrganisation_GroupName_IsTrue(string name)
    {
        Assert.True(SurnameMatcher.IsOrganisation(new Author(name)));
        Assert.True(SurnameMatcher.IsOrganisation(Author.Organisation(name)));
    }

    [Theory]
    [InlineData("Horby")]
    [InlineData("van Wijnen")]
    [InlineData("Group")]
    public void IsOrganisation_PersonsSurname_IsFalse(string name)
    {
        Assert.False(SurnameMatcher.IsOrganisation(new Author(name, "P")));
    }

    [Fact]
    public void SurnameKey_LeadingTheOfAnOrganisation_IsIgnored()
    {
        Assert.Equal(DuplicateCandidate.SurnameKey(new Author("DCCT Research Group")), DuplicateCandidate.SurnameKey(new Author("The DCCT Research Group")));
    }
}
