using System.Text.Json;
using LitTracker.Reports.Vancouver;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Reports.Vancouver;

public class VancouverConformanceTests
{
    [SharedDataFact]
    public void FormatPlainText_CitationJsExpectation_MatchesVancouverText()
    {
        // Arrange
        var path = SharedData.Path("testdata", "csl", "expected_output", "citationjs_plugin-csl_test_expectations.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var source = CslJsonTestMapper.ToSource(document.RootElement.GetProperty("input")[0]);
        var expected = document.RootElement.GetProperty("expected").GetProperty("vancouver_text").GetString()!;

        // Act
        var entry = VancouverFormatter.FormatPlainText(source);

        // Assert: citeproc-js numbers the entry; the number is the bibliography writer's job.
        Assert.Equal(expected, "1. " + entry);
    }
}
