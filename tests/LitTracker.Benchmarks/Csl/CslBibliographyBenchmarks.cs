using BenchmarkDotNet.Attributes;
using LitTracker.Reports.Csl;

namespace LitTracker.Benchmarks.Csl;

/// <summary>
/// Formats 10,000 records in Vancouver, AMA and APA (bibliography, plain text).
/// <c>dotnet run -c Release --project tests/LitTracker.Benchmarks -- --filter '*CslBibliography*' --job short --memory</c>.
/// Set LITTRACKER_CSL_ITEMS to a CSL-JSON file (compare.sh writes one); otherwise synthetic records are used.
/// </summary>
[MemoryDiagnoser]
public class CslBibliographyBenchmarks
{
    private List<CslItem> items = [];
    private CslProcessor processor = null!;

    [Params("vancouver", "ama", "apa")]
    public string Style { get; set; } = "vancouver";

    [Params(10_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var template = Template();
        items = Enumerable.Range(0, Records).Select(i => Copy(template[i % template.Count], i)).ToList();
        processor = new CslProcessor(CslStyles.Shipped(Style)!);
    }

    [Benchmark]
    public int FormatBibliography()
    {
        var length = 0;
        foreach (var entry in processor.FormatBibliography(items))
        {
            length += entry.ToPlainText().Length;
        }

        return length;
    }

    private static List<CslItem> Template()
    {
        var path = Environment.GetEnvironmentVariable("LITTRACKER_CSL_ITEMS");
        if (path is not null && File.Exists(path))
        {
            using var reader = new StreamReader(path);
            return [.. CslJsonItems.Read(reader, path).Items];
        }

        return
        [
            new CslItem("a", "article-journal").Set("title", "Office-based mesenchymal stem cell therapy").Set("container-title", "Pain Medicine")
                .Set("container-title-short", "Pain Med").Set("volume", "20").Set("issue", "8").Set("page", "1570-1583").Set("DOI", "10.1093/pm/pny280")
                .SetDate("issued", new CslDate(new CslDateParts(2019, 8)))
                .SetNames("author", [new CslName("Law", "L."), new CslName("Hunt", "C. L."), new CslName("Wijnen", "A. J.", NonDroppingParticle: "van")]),
            new CslItem("b", "book").Set("title", "Evidence-based medicine").Set("publisher", "Elsevier").Set("publisher-place", "Edinburgh")
                .SetDate("issued", new CslDate(new CslDateParts(2018))).SetNames("author", [new CslName("Straus", "Sharon E."), new CslName("Glasziou", "Paul")]),
        ];
    }

    private static CslItem Copy(CslItem source, int index)
    {
        var item = new CslItem(source.Id + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Type);
        foreach (var name in source.VariableNames)
        {
            item.Set(name, source.Get(name));
        }

        foreach (var name in new[] { "author", "editor", "translator", "container-author" })
        {
            item.SetNames(name, source.GetNames(name));
        }

        foreach (var name in new[] { "issued", "accessed" })
        {
            item.SetDate(name, source.GetDate(name));
        }

        return item;
    }
}
