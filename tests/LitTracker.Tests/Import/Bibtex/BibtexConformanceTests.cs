using System.Text.Json;
using System.Text.RegularExpressions;
using LitTracker.Import.Bibtex;
using LitTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace LitTracker.Tests.Import.Bibtex;

/// <summary>Third-party BibTeX fixtures, read in place from ../shared/testdata (see its MANIFEST.md).</summary>
public partial class BibtexConformanceTests(ITestOutputHelper output)
{
    private static readonly string[] KnownMalformed = ["wrong.bib", "article_missing_coma.bib", "crossref_cascading_cycle.bib", "crossref_missing_entries.bib"];

    public static TheoryData<string> BibtexparserFiles()
    {
        var data = new TheoryData<string>();
        if (SharedData.Directory is not null)
        {
            foreach (var file in Directory.GetFiles(SharedData.Path("testdata", "bibtex", "bibtexparser_v1"), "*.bib").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("article.bib");
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(BibtexparserFiles))]
    public void Parse_BibtexparserFixture_YieldsManifestEntryCountWithoutErrors(string name)
    {
        var path = SharedData.Path("testdata", "bibtex", "bibtexparser_v1", name);

        var run = ParseRun.OfFile(new BibtexParser(), path);

        // MANIFEST counts "@type{" occurrences; its 0 for book_bom.bib is a BOM the counter missed.
        var expected = name == "book_bom.bib" ? 1 : ManifestEntryCount(name);
        Assert.Equal(expected, run.Records.Count);
        Assert.All(run.Records, r => Assert.False(string.IsNullOrEmpty(r.RecordKey)));
        if (!KnownMalformed.Contains(name))
        {
            Assert.DoesNotContain(run.AllIssues, i => i.Severity == LitTracker.Import.ImportSeverity.Error);
        }

        foreach (var issue in run.AllIssues)
        {
            output.WriteLine(issue.ToString());
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(BibtexparserFiles))]
    public void Parse_FixtureWithOutputFile_MatchesItsOutputVersion(string name)
    {
        var dir = SharedData.Path("testdata", "bibtex", "bibtexparser_v1");
        var outputFile = Path.Combine(dir, Path.GetFileNameWithoutExtension(name) + "_output.bib");
        if (name.EndsWith("_output.bib", StringComparison.Ordinal) || !File.Exists(outputFile))
        {
            return;
        }

        // bibtexparser writes its output sorted by key.
        var input = ParseRun.OfFile(new BibtexParser(), Path.Combine(dir, name)).Records.OrderBy(r => r.RecordKey, StringComparer.Ordinal).ToList();
        var expected = ParseRun.OfFile(new BibtexParser(), outputFile).Records.OrderBy(r => r.RecordKey, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Select(r => r.RecordKey), input.Select(r => r.RecordKey));
        foreach (var (a, b) in input.Zip(expected))
        {
            Assert.Equal((b.Source.Title, b.Source.Container, b.Source.Year, b.Source.Volume, b.Source.Pages), (a.Source.Title, a.Source.Container, a.Source.Year, a.Source.Volume, a.Source.Pages));
            Assert.Equal(b.Source.Authors, a.Source.Authors);
        }
    }

    [SharedDataFact]
    public void Parse_CitationJsInputs_MatchExpectedCsl()
    {
        var root = SharedData.Path("testdata", "bibtex", "citation-js");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "input_expected.json")));
        var (pass, total) = (0, 0);
        foreach (var test in doc.RootElement.GetProperty("@biblatex/text").EnumerateObject())
        {
            var inline = test.Value[0].ValueKind == JsonValueKind.String ? test.Value[0].GetString() : null;
            var file = Path.Combine(root, "input", test.Name["with ".Length..].Replace(' ', '_') + ".bib");
            if (inline is null && !File.Exists(file))
            {
                continue;
            }

            var run = inline is null ? ParseRun.OfFile(new BibtexParser(), file) : ParseRun.Of(new BibtexParser(), inline);
            var (p, t) = CompareAll(test.Name, test.Value[1], run);
            pass += p;
            total += t;
        }

        output.WriteLine($"citation-js input: {pass}/{total} items match");
        Assert.True(pass >= 60, $"only {pass}/{total} citation-js items matched");
    }

    [SharedDataTheory]
    [InlineData("bibtex-input.bib", "bibtex-csl.json", 15)]
    [InlineData("biblatex-input.bib", "biblatex-csl.json", 26)]
    public void Parse_CitationJsMapping_MatchesExpectedCsl(string input, string expectedFile, int floor)
    {
        var root = SharedData.Path("testdata", "bibtex", "citation-js", "mapping");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, expectedFile)));

        var run = ParseRun.OfFile(new BibtexParser(), Path.Combine(root, input));
        var (pass, total) = CompareAll(input, doc.RootElement, run);

        output.WriteLine($"{input}: {pass}/{total} items match");
        Assert.True(pass >= floor, $"only {pass}/{total} items of {input} matched");
    }

    private (int Pass, int Total) CompareAll(string label, JsonElement expectedItems, ParseRun run)
    {
        var pass = 0;
        var total = 0;
        foreach (var item in expectedItems.EnumerateArray())
        {
            total++;
            var key = CslComparison.Str(item, "citation-key") ?? CslComparison.Str(item, "id");
            var actual = run.Records.FirstOrDefault(r => r.RecordKey == key);
            var diffs = actual is null ? ["missing record"] : CslComparison.Compare(item, actual.Source);
            if (diffs.Count == 0)
            {
                pass++;
            }
            else
            {
                output.WriteLine($"MISMATCH {label} [{key}]: {string.Join(" | ", diffs)}");
            }
        }

        return (pass, total);
    }

    private static int ManifestEntryCount(string name)
    {
        var manifest = File.ReadAllText(SharedData.Path("testdata", "MANIFEST.md"));
        var match = Regex.Match(manifest, $@"\| bibtex/bibtexparser_v1/{Regex.Escape(name)} \| \d+ \| (\d+) entries", RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"{name} is not in MANIFEST.md");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
