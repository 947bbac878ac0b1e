using LitTracker.Reports.Evidence;
using LitTracker.Sources;

namespace LitTracker.Tests.Reports.Evidence;

public class SourceLabelsTests
{
    [Fact]
    public void Label_OneAuthorShortTitle_FamilyYearTitle()
    {
        var source = new Source { Key = "k", Authors = [new Author("Hall", "HK")], Year = 1957, Title = "Amines" };

        Assert.Equal("Hall 1957, Amines", SourceLabels.Label(source));
    }

    [Fact]
    public void Label_NothingKnown_Key()
    {
        Assert.Equal("law2019", SourceLabels.Label(new Source { Key = "law2019" }));
    }

    [Fact]
    public void ShortTitle_LongTitle_CutAtWordWithEllipsis()
    {
        var title = SourceLabels.ShortTitle("Intra-articular injections of mesenchymal stem cells for knee osteoarthritis: a meta-analysis");

        Assert.Equal("Intra-articular injections of mesenchymal stem…", title);
    }
}
