using System.Text.Json;
using LitTracker.Reports.Check;

namespace LitTracker.Tests.Reports.Check;

public class CheckJsonWriterTests
{
    private static JsonElement Write()
    {
        using var writer = new StringWriter();
        CheckJsonWriter.Write(writer, ReportFixtures.Report(unsourcedText: "<script>x</script>"));
        using var document = JsonDocument.Parse(writer.ToString());
        return document.RootElement.Clone();
    }

    [Fact]
    public void Write_Report_ExactPropertyNamesInOrder()
    {
        var root = Write();

        Assert.Equal(["articles"], root.EnumerateObject().Select(p => p.Name));
        var article = root.GetProperty("articles")[0];
        Assert.Equal(["id", "key", "title", "claims"], article.EnumerateObject().Select(p => p.Name));
        var claim = article.GetProperty("claims")[0];
        Assert.Equal(
            ["id", "key", "text", "category", "wording", "citedByArticle", "bestGrade", "verdict", "flags", "sort"],
            claim.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Write_Report_ValuesKebabCase()
    {
        var article = Write().GetProperty("articles")[0];
        var contested = article.GetProperty("claims")[0];
        var unsourced = article.GetProperty("claims")[1];

        Assert.Equal(3, article.GetProperty("id").GetInt32());
        Assert.Equal("blog", article.GetProperty("key").GetString());
        Assert.Equal("Stem cell blog", article.GetProperty("title").GetString());
        Assert.Equal("c1", contested.GetProperty("key").GetString());
        Assert.Equal("pain_relief", contested.GetProperty("category").GetString());
        Assert.Equal("direct-causal", contested.GetProperty("wording").GetString());
        Assert.True(contested.GetProperty("citedByArticle").GetBoolean());
        Assert.Equal("moderate", contested.GetProperty("bestGrade").GetString());
        Assert.Equal("contested", contested.GetProperty("verdict").GetString());
        Assert.Equal(["overstated"], contested.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("B", contested.GetProperty("sort").GetString());
        Assert.Equal(JsonValueKind.Null, unsourced.GetProperty("bestGrade").ValueKind);
        Assert.False(unsourced.GetProperty("citedByArticle").GetBoolean());
        Assert.Equal(["uncited", "overstated"], unsourced.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("C", unsourced.GetProperty("sort").GetString());
        Assert.Equal("<script>x</script>", unsourced.GetProperty("text").GetString());
    }

    [Fact]
    public void Write_RetractedSupport_VerdictKebabCase()
    {
        var report = ReportFixtures.Report();
        var claim = report.Articles[0].Claims[0] with
        {
            Assessment = report.Articles[0].Claims[0].Assessment with { Verdict = LitTracker.Grading.Verdict.RetractedSupport },
        };
        using var writer = new StringWriter();

        CheckJsonWriter.Write(writer, new(
        [
            report.Articles[0] with { Claims = [claim] },
        ]));

        using var document = JsonDocument.Parse(writer.ToString());
        Assert.Equal("retracted-support", document.RootElement.GetProperty("articles")[0].GetProperty("claims")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Write_HtmlCharacters_EscapedInJsonText()
    {
        using var writer = new StringWriter();

        CheckJsonWriter.Write(writer, ReportFixtures.Report(unsourcedText: "<script>x</script>"));

        Assert.DoesNotContain("<script>", writer.ToString(), StringComparison.Ordinal);
    }
}
