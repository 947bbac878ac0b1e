using BenchmarkDotNet.Attributes;
using LitTracker.Analysis.Proposals;
using LitTracker.Analysis.Text;

namespace LitTracker.Benchmarks.Analysis;

/// <summary>
/// Analysing 1 MB of article text (Markdown and plain text built in memory from a hand-written
/// clinic article with markers and a reference list): text, sentences, claims, markers, references.
/// </summary>
[MemoryDiagnoser]
public class ArticleAnalyserBenchmarks
{
    private const string Paragraph = """
        ## Knee care

        Our mesenchymal stem cell injections relieve knee pain within weeks [1]. In a review, office-based therapy was associated with better pain scores (Law et al., 2019).
        Experts agree that this is the perfect solution for worn joints, e.g. after sport. Injected cells may help rebuild cartilage in the knee [2]. The clinic opened in 2009 and has 3.5 staff per room.

        - Minimally invasive: one injection, no scalpel.
        - Faster recovery than knee surgery [3].
        - Reduced inflammation and swelling.

        """;

    private string markdown = string.Empty;
    private string plain = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append(Paragraph);
        }

        sb.Append("## References\n\n1. Law L, Hunt CL. Office-based stem cell therapy. Pain Med. 2019;20:1570-83. doi:10.1093/pm/pny256\n2. Stem cells for pain. 2015.\n3. Clinic brochure. 2023.\n");
        markdown = sb.ToString();
        plain = markdown.Replace("## ", string.Empty, StringComparison.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public int Markdown1MB() => ArticleAnalyser.Default.Analyse(markdown, BodyFormats.Markdown).Claims.Count;

    [Benchmark]
    public int PlainText1MB() => ArticleAnalyser.Default.Analyse(plain, BodyFormats.Text).Claims.Count;
}
