using System.Globalization;
using System.Text.RegularExpressions;
using LitTracker.Import;
using LitTracker.Import.Ris;
using LitTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace LitTracker.Tests.Import.Ris;

/// <summary>rispy's RIS fixtures (MIT), read in place from ../shared/testdata/ris_medline.</summary>
public class RisConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (SharedData.Directory is not null)
        {
            foreach (var file in Directory.GetFiles(SharedData.Path("testdata", "ris_medline", "rispy"), "*.ris").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("example_basic.ris");
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Parse_RispyFixture_YieldsManifestRecordCountWithTitles(string name)
    {
        var run = ParseRun.OfFile(new RisParser(), SharedData.Path("testdata", "ris_medline", "rispy", name));

        foreach (var issue in run.AllIssues)
        {
            output.WriteLine(issue.ToString());
        }

        Assert.Equal(ManifestRecordCount(name), run.Records.Count);
        Assert.DoesNotContain(run.AllIssues, i => i.Severity == ImportSeverity.Error);
        var titled = run.Records.Count(r => r.Source.Title.Length > 0);
        output.WriteLine($"{name}: {run.Records.Count} records, {titled} with a title");
    }

    [SharedDataFact]
    public void Parse_RispyFullExample_MapsKnownValues()
    {
        var run = ParseRun.OfFile(new RisParser(), SharedData.Path("testdata", "ris_medline", "rispy", "example_full.ris"));

        var first = run.Records[0].Source;
        Assert.Equal("Title of reference", first.Title);
        Assert.Equal(["Marx", "Lindgren"], first.Authors.Select(a => a.Family));
        Assert.Equal((2014, "Lorem", "lorem"), (first.Year, first.Container, first.ContainerAbbreviation));
        Assert.Equal(("9", "3", "e0815"), (first.Volume, first.Issue, first.Pages));
        Assert.Equal("http://example_url.com", first.Url);
    }

    [SharedDataFact]
    public void Parse_WebOfScienceFixture_ReadsBothRecords()
    {
        var run = ParseRun.OfFile(new RisParser(), SharedData.Path("testdata", "ris_medline", "rispy", "example_wos.ris"));

        Assert.Equal(2, run.Records.Count);
        var first = run.Records[0].Source;
        Assert.Equal(4, first.Authors.Count);
        Assert.Equal(("10.1021/bi049798f", 15170338L, "7003-7016"), (first.Doi?.Value, first.Pmid?.Value, first.Pages));
        Assert.StartsWith("Interactions stabilizing the structure", first.Title, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Parse_EmptyTagAndUrlDoi_Fixture_ReadsDoiFromUrlForm()
    {
        var run = ParseRun.OfFile(new RisParser(), SharedData.Path("testdata", "ris_medline", "rispy", "example_empty_tag.ris"));

        Assert.Equal("10.1177/2325967120950040", run.Single.Source.Doi?.Value);
        Assert.Null(run.Single.Source.Pages);
    }

    private static int ManifestRecordCount(string name)
    {
        var manifest = File.ReadAllText(SharedData.Path("testdata", "MANIFEST.md"));
        var match = Regex.Match(manifest, $@"\| ris_medline/rispy/{Regex.Escape(name)} \| \d+ \| (\d+) records", RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"{name} is not in MANIFEST.md");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
