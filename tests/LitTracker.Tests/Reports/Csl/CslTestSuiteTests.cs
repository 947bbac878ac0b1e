using System.Text.Json;
using LitTracker.Reports.Csl;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Reports.Csl;

public class CslTestSuiteTests
{
    // Fixtures this processor does not pass yet, with the reason (see docs/bibliography.md).
    private static readonly HashSet<string> KnownFailures = new(StringComparer.Ordinal)
    {
        "name_EtAlWithCombined", // needs the zh-TW locale and CJK et-al spacing; only English locales ship
        "textcase_SentenceCapitalization", // citeproc-js lower-cases "Pen"; CSL 1.0.2 sentence case keeps other words as they are
    };

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var name in FixtureNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> FixtureNames() => SharedData.Directory is null
        ? ["(shared data absent)"]
        : Directory.GetFiles(SharedData.Path("testdata", "csl", "test-suite", "machines"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToList();

    [SharedDataTheory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_RenderedByProcessor_MatchesExpectedResult(string name)
    {
        var (expected, actual) = Run(name);
        if (KnownFailures.Contains(name))
        {
            return;
        }

        Assert.Equal(CiteprocHtml.Normalise(expected), CiteprocHtml.Normalise(actual));
    }

    [SharedDataFact]
    public void Fixtures_PassCount_AtLeastFloor()
    {
        var names = FixtureNames();
        var passed = names.Count(n =>
        {
            try
            {
                var (expected, actual) = Run(n);
                return CiteprocHtml.Normalise(expected) == CiteprocHtml.Normalise(actual);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return false;
            }
        });
        Assert.True(passed >= names.Count - KnownFailures.Count, $"{passed} of {names.Count} test-suite fixtures pass.");
    }

    internal static (string Expected, string Actual) Run(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("testdata", "csl", "test-suite", "machines", name + ".json")));
        var root = document.RootElement;
        var style = CslStyle.Load(root.GetProperty("csl").GetString()!, name + ".csl");
        var items = root.GetProperty("input").EnumerateArray().Select((e, i) => CslJsonItems.FromJson(e, i + 1)).ToList();
        var processor = new CslProcessor(style);
        var clusters = root.TryGetProperty("citation_items", out var ci) && ci.ValueKind == JsonValueKind.Array
            ? ci.EnumerateArray().Select(c => (IReadOnlyList<CslCite>)c.EnumerateArray().Select(Cite).ToList()).ToList()
            : null;
        var expected = root.GetProperty("result").GetString()!;
        if (root.GetProperty("mode").GetString() == "bibliography")
        {
            if (clusters is not null)
            {
                var order = clusters.SelectMany(c => c).Select(c => c.ItemId).Distinct(StringComparer.Ordinal).ToList();
                items = [.. items.OrderBy(i => order.IndexOf(i.Id) is var k and >= 0 ? k : int.MaxValue)];
            }

            return (expected, CiteprocHtml.Bibliography(processor.FormatBibliography(items)));
        }

        clusters ??= [items.Select(i => new CslCite(i.Id)).ToList()];
        return (expected, string.Join("\n", processor.FormatCitations(items, clusters).Select(CiteprocHtml.Inline)));
    }

    private static CslCite Cite(JsonElement cite) => new(
        cite.GetProperty("id").ToString(),
        cite.TryGetProperty("locator", out var locator) ? locator.ToString() : null,
        cite.TryGetProperty("label", out var label) ? label.GetString() : null)
    {
        Prefix = cite.TryGetProperty("prefix", out var prefix) ? prefix.GetString() : null,
        Suffix = cite.TryGetProperty("suffix", out var suffix) ? suffix.GetString() : null,
    };
}
