using System.Text.Json;
using LitTracker.Import;
using LitTracker.Import.CslJson;
using LitTracker.Sources;
using LitTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace LitTracker.Tests.Import.CslJson;

/// <summary>CSL-JSON fixtures (citation-js, Crossref content negotiation), read in place.</summary>
public class CslJsonConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (SharedData.Directory is not null)
        {
            foreach (var file in Directory.GetFiles(SharedData.Path("testdata", "csl", "csl-json"), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("csl-data.schema.json");
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Parse_Fixture_NeverThrowsAndItemsHaveTitles(string name)
    {
        var run = ParseRun.OfFile(new CslJsonParser(), SharedData.Path("testdata", "csl", "csl-json", name));

        foreach (var issue in run.AllIssues)
        {
            output.WriteLine(issue.ToString());
        }

        if (name.StartsWith("citationjs_doi_", StringComparison.Ordinal) || name.StartsWith("crossref_cn_", StringComparison.Ordinal))
        {
            var source = run.Single.Source;
            Assert.NotEmpty(source.Title);
            Assert.NotNull(source.Doi);
            Assert.NotNull(source.Year);
            Assert.NotEmpty(source.Authors);
        }
    }

    [SharedDataFact]
    public void Parse_CrossrefContentNegotiation_IsJournalArticleWithContainer()
    {
        var run = ParseRun.OfFile(new CslJsonParser(), SharedData.Path("testdata", "csl", "csl-json", "crossref_cn_10.1126_science.169.3946.635_2024.json"));

        var s = run.Single.Source;
        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal("10.1126/science.169.3946.635", s.Doi?.Value);
        Assert.Equal("Science", s.Container);
        Assert.Equal((1970, "169", "3946"), (s.Year, s.Volume, s.Issue));
    }

    [SharedDataTheory]
    [InlineData("citationjs_expected_from_bibtex-input.json", 16)]
    [InlineData("citationjs_expected_from_biblatex-input.json", 28)]
    public void Parse_CslFixture_RoundTripsTheFieldsASourceHolds(string name, int floor)
    {
        var path = SharedData.Path("testdata", "csl", "csl-json", name);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));

        var run = ParseRun.OfFile(new CslJsonParser(), path);

        Assert.Equal(doc.RootElement.GetArrayLength(), run.Records.Count);
        var pass = 0;
        foreach (var (item, parsed) in doc.RootElement.EnumerateArray().Zip(run.Records))
        {
            var diffs = CslComparison.Compare(item, parsed.Source);
            if (diffs.Count == 0)
            {
                pass++;
            }
            else
            {
                output.WriteLine($"MISMATCH [{parsed.RecordKey}]: {string.Join(" | ", diffs)}");
            }
        }

        output.WriteLine($"{name}: {pass}/{run.Records.Count} items match");
        Assert.True(pass >= floor, $"only {pass} items matched");
        Assert.DoesNotContain(run.AllIssues, i => i.Severity == ImportSeverity.Error);
    }
}
