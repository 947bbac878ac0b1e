using System.Text;
using LitTracker.Reports.Csl;

namespace LitTracker.Tests.Reports.Csl;

public class CslJsonItemsTests
{
    [Fact]
    public void Read_StreamWithArray_ReadsEveryItem()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(
            "[{\"id\":\"a\",\"type\":\"book\",\"title\":[\"First\"],\"author\":[{\"family\":\"Smith\",\"given\":\"Jane\"}]},{\"id\":\"b\",\"type\":\"journal-article\",\"issued\":{\"date-parts\":[[2020,5]]}}]"));

        var result = CslJsonItems.Read(stream, "items.json");

        Assert.Empty(result.Issues);
        Assert.Equal(["a", "b"], result.Items.Select(i => i.Id));
        Assert.Equal("First", result.Items[0].Get("title"));
        Assert.Equal("Smith", result.Items[0].GetNames("author")![0].Family);
        Assert.Equal("article-journal", result.Items[1].Type);
        Assert.True(result.Items[1].Has("issued"));
    }

    [Fact]
    public void Read_StreamWithOneBrokenItem_KeepsTheOthersAndReportsTheLine()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[\n{\"id\":\"a\",\"type\":\"book\"},\n{\"id\":\"b\",,},\n{\"id\":\"c\",\"type\":\"book\"}\n]"));

        var result = CslJsonItems.Read(stream, "items.json");

        Assert.Equal(["a", "c"], result.Items.Select(i => i.Id));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
    }
}
