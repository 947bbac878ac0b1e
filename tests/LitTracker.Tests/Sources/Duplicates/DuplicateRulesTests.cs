using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates;

public class DuplicateRulesTests
{
    private const string Title = "Dexamethasone in hospitalized patients with severe influenza";

    private static DuplicateCandidate Record(string title, Author? author, int? year = 2020, string? doi = null, string? pmid = null, SourceType type = SourceType.JournalArticle)
    {
        Doi? d = doi is null ? null : Doi.Parse(doi);
        Pmid? p = pmid is null ? null : Pmid.Parse(pmid);
        return DuplicateCandidate.From(0, "k", d, p, title, year, author, type);
    }

    private static Author Person(string family) => new(family, "P");

    [Fact]
    public void Compare_OrganisationAndPersonWithTheSameTitle_Match()
    {
        var match = DuplicateRules.Compare(Record(Title, new Author("FLU-DEX Collaborative Group")), Record(Title, Person("Horby")));

        Assert.Equal(DuplicateReason.SimilarTitle, match?.Reason);
    }

    [Fact]
    public void Compare_OrganisationAndPersonWithADifferentSubtitle_NeedTheStricterThreshold()
    {
        var match = DuplicateRules.Compare(
            Record(Title + ": preliminary report", new Author("FLU-DEX Collaborative Group")), Record(Title, Person("Horby")));

        Assert.Null(match);
    }

    [Fact]
    public void Compare_TwoPersonsWithDifferentSurnames_DoNotMatch()
    {
        Assert.Null(DuplicateRules.Compare(Record(Title, Person("Horby")), Record(Title, Person("Landray"))));
    }

    [Fact]
    public void Compare_CompoundSurnameSplitDifferently_Match()
    {
        Assert.NotNull(DuplicateRules.Compare(Record(Title, new Author("Bernal", "Jamie Lopez")), Record(Title, new Author("Lopez Bernal", "J"))));
    }

    [Theory]
    [InlineData("A randomised controlled trail of exercise for knee osteoarthritis")]
    [InlineData("A randomized controlled trial of exercise for knee osteoarthritls")]
    [InlineData("A randomised controlled trial of exercise for knee osteo-arthirtis")]
    [InlineData("A randomized controlled trial of exercise for knee osteoarthritis [abstract]")]
    public void Compare_TypoTranspositionSpellingSplitOrLabel_Match(string variant)
    {
        var original = Record("A randomized controlled trial of exercise for knee osteoarthritis", Person("Okafor"));

        Assert.NotNull(DuplicateRules.Compare(original, Record(variant, Person("Okafor"))));
    }

    [Fact]
    public void Compare_NumberWordAndFigures_Match()
    {
        var match = DuplicateRules.Compare(
            Record("Six month safety of an inactivated influenza vaccine in older adults", Person("Sato")),
            Record("Safety of an inactivated influenza vaccine in older adults through 6 months", Person("Sato"), type: SourceType.Preprint));

        Assert.NotNull(match);
    }

    [Fact]
    public void Compare_DifferentFigures_DoNotMatch()
    {
        var match = DuplicateRules.Compare(
            Record("Safety of an inactivated influenza vaccine in older adults through 6 months", Person("Sato")),
            Record("Safety of an inactivated influenza vaccine in older adults through 12 months", Person("Sato")));

        Assert.Null(match);
    }

    [Fact]
    public void Compare_OcrMisreadOfInAsM_Match()
    {
        var match = DuplicateRules.Compare(
            Record("Safety of an inactivated influenza vaccine in older adults", Person("Sato")),
            Record("Safety of an inactivated influenza vaccme in older adults", Person("Sato")));

        Assert.NotNull(match);
    }

    [Theory]
    [InlineData("Re: ")]
    [InlineData("Response to: ")]
    [InlineData("Comment on: ")]
    [InlineData("Correction to: ")]
    public void Compare_ReplyOrNoticeAboutTheArticle_DoesNotMatch(string prefix)
    {
        Assert.Null(DuplicateRules.Compare(Record(Title, Person("Horby")), Record(prefix + Title, Person("Horby"))));
    }

    [Theory]
    [InlineData("Editorial")]
    [InlineData("Department of error")]
    [InlineData("Acknowledgement to reviewers")]
    public void Compare_GenericShortTitleWithoutIdentifierAgreement_DoesNotMatch(string title)
    {
        Assert.Null(DuplicateRules.Compare(Record(title, null, doi: "10.5555/x.1"), Record(title, null)));
        Assert.Null(DuplicateRules.Compare(Record(title, Person("Smith")), Record(title, Person("Smith"))));
    }

    [Fact]
    public void Compare_ShortTitleSameAuthorOnlineAndIssueYear_Match()
    {
        Assert.NotNull(DuplicateRules.Compare(Record("Asthma", Person("Papi"), 2017), Record("ASTHMA", Person("Papi"), 2018)));
    }

    [Fact]
    public void Compare_ShortTitleWithoutAMatchingPerson_DoesNotMatch()
    {
        Assert.Null(DuplicateRules.Compare(Record("Asthma", null, 2018), Record("Asthma", null, 2018)));
        Assert.Null(DuplicateRules.Compare(Record("Asthma", new Author("Global Asthma Network")), Record("Asthma", Person("Papi"))));
    }

    [Fact]
    public void Compare_ShortTitleWithATypo_DoesNotMatch()
    {
        Assert.Null(DuplicateRules.Compare(Record("Asthma in adults", Person("Papi")), Record("Asthma in adlts", Person("Papi"))));
    }

    [Fact]
    public void Compare_GenericShortTitleWithTheSameDoi_Match()
    {
        Assert.Equal(DuplicateReason.SameDoi, DuplicateRules.Compare(Record("Editorial", null, doi: "10.5555/x.1"), Record("Editorial", null, doi: "10.5555/x.1"))?.Reason);
    }

    [Fact]
    public void Compare_SameWordsInAnotherOrder_DoNotMatch()
    {
        var match = DuplicateRules.Compare(
            Record("How to obtain the confidence interval from a P value", Person("Altman")),
            Record("How to obtain the P value from a confidence interval", Person("Altman")));

        Assert.Null(match);
    }

    [Fact]
    public void Compare_SubtitleMovedToTheFront_Match()
    {
        var match = DuplicateRules.Compare(
            Record("Exercise for knee osteoarthritis in older adults: the KNEE trial", Person("Okafor")),
            Record("The KNEE trial: exercise for knee osteoarthritis in older adults", Person("Okafor")));

        Assert.NotNull(match);
    }

    [Fact]
    public void Compare_DifferentPmidsSameTitleAuthorYear_IsOnlyAProposal()
    {
        var stored = Record(Title, Person("Horby"), pmid: "99000001");
        var incoming = Record(Title, Person("Horby"), pmid: "99000002");
        var index = new DuplicateIndex();
        index.Add(stored);

        var match = DuplicateRules.Compare(stored, incoming);
        var found = index.Find(incoming);

        Assert.Equal(DuplicateReason.SameTitleDifferentPmid, match?.Reason);
        Assert.True(match?.IsProposalOnly);
        Assert.Null(found);
    }

    [Fact]
    public void Compare_DifferentPmidsAndYears_IsNotEvenAProposal()
    {
        Assert.Null(DuplicateRules.Compare(Record(Title, Person("Horby"), 2020, pmid: "99000001"), Record(Title, Person("Horby"), 2021, pmid: "99000002")));
    }

    [Fact]
    public void Compare_CochraneVersionAndUnversionedRecordOfAnotherYear_DoNotMatch()
    {
        var review = Record("Electronic cigarettes for smoking cessation in adults", Person("Hartmann-Boyce"), 2021, doi: "10.1002/14651858.CD010216.pub6");

        Assert.Null(DuplicateRules.Compare(review, Record("Electronic cigarettes for smoking cessation in adults", Person("Hartmann-Boyce"), 2022)));
        Assert.NotNull(DuplicateRules.Compare(review, Record("Electronic cigarettes for smoking cessation in adults", Person("Hartmann-Boyce"), 2021)));
    }
}
