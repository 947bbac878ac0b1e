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

    [Theory]
    [InlineData("M&uuml;ller", "Müller")]
    [InlineData("O&#8217;Donnell", "O’Donnell")]
    [InlineData("Gonz&aacute;lez-Ru&#237;z", "González-Ruíz")]
    [InlineData("&Oslash;stergaard", "Østergaard")]
    public void Fold_HtmlEntitiesInTheName_FoldAsTheDecodedName(string encoded, string decoded)
    {
        var (a, b) = (new Author(encoded, "J"), new Author(decoded, "J"));

        Assert.Equal(DuplicateCandidate.SurnameKey(b), DuplicateCandidate.SurnameKey(a));
        Assert.Equal(SurnameMatcher.Parts(b), SurnameMatcher.Parts(a));
    }

    [Fact]
    public void IsOrganisation_EntityInTheGroupName_StillAGroupWithTheDecodedKey()
    {
        var encoded = new Author("Johnson &amp; Johnson Research Group");

        Assert.True(SurnameMatcher.IsOrganisation(encoded));
        Assert.Equal(DuplicateCandidate.SurnameKey(new Author("Johnson & Johnson Research Group")), DuplicateCandidate.SurnameKey(encoded));
    }

    [Fact]
    public void Compare_EntityInOneFirstAuthor_StillADuplicate()
    {
        var title = "Mesenchymal stem cell injection for knee osteoarthritis";
        var a = DuplicateCandidate.From(1, "a", null, null, title, 2020, new Author("M&uuml;ller", "J"), SourceType.JournalArticle);
        var b = DuplicateCandidate.From(2, "b", null, null, title, 2020, new Author("Müller", "J"), SourceType.JournalArticle);

        Assert.Equal(DuplicateReason.SimilarTitle, DuplicateRules.Compare(a, b)?.Reason);
    }
}
