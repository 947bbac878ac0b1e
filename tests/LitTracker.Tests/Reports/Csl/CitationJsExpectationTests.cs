using System.Text.Json;
using LitTracker.Reports.Csl;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Reports.Csl;

public class CitationJsExpectationTests
{
    [SharedDataTheory]
    [InlineData("vancouver", "vancouver_text")]
    [InlineData("apa", "apa_text")]
    public void FormatBibliography_CitationJsInput_MatchesCitationJsText(string style, string key)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("testdata", "csl", "expected_output", "citationjs_plugin-csl_test_expectations.json")));
        var item = CslJsonItems.FromJson(document.RootElement.GetProperty("input")[0], 1);
        var processor = new CslProcessor(CslStyles.Shipped(style)!);

        var entry = processor.FormatBibliography([item])[0];

        Assert.Equal(document.RootElement.GetProperty("expected").GetProperty(key).GetString(), entry.ToPlainText());
    }

    [SharedDataFact]
    public void FormatBibliography_CitationJsInput_MatchesCitationJsApaHtml()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("testdata", "csl", "expected_output", "citationjs_plugin-csl_test_expectations.json")));
        var item = CslJsonItems.FromJson(document.RootElement.GetProperty("input")[0], 1);
        var processor = new CslProcessor(CslStyles.Shipped("apa")!);

        var html = CiteprocHtml.Inline(processor.FormatBibliography([item])[0].Text);

        var expected = document.RootElement.GetProperty("expected").GetProperty("apa_html").GetString()!;
        Assert.Contains(html, expected, StringComparison.Ordinal);
    }
}
