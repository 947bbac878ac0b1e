using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using LitTracker.Analysis.Evaluation;
using LitTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace LitTracker.Tests.Analysis;

/// <summary>
/// Scores the wording classifier on real sentences it was never tuned on: 250 discussion sentences
/// of health papers (the shared discussion-sentence file, drawn by a hash), labelled in Yu et al.'s
/// four classes by someone who had read neither the classifier nor its docs, calibrated on
/// Yu et al.'s own labels in half a of the conclusion-sentence file. The repository keeps only
/// each sentence's hash, the label and a note; the sentences are read in place from ../shared.
/// First score, once, before any rule change: macro-F1 0.669 (docs/analysis.md). The floor fixed
/// before that score was 0.70 and was missed. Round 8 then tuned on this set (0.814 after its last
/// step): it is no longer held out, and the floor sits under the recorded figure, as a guard
/// against regressions only.
/// </summary>
public sealed class WordingRelabelTests(ITestOutputHelper output)
{
    private const double Floor = 0.78;

    [SharedDataFact]
    public void Wording_RelabelledDiscussionSentences_MacroF1AboveFloor()
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "wording-relabelled-discussion.csv")).Skip(1)
            .Select(l => l.Split(',', 3))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var sentences = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(SharedData.Path("testdata", "claims", "health_advice_discussion_dev.csv")))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                var sentence = csv.GetField("sentence")!;
                sentences.TryAdd(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sentence)))[..16], sentence);
            }
        }

        Assert.All(labels.Keys, h => Assert.True(sentences.ContainsKey(h), $"hash {h} not in the shared file"));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            writer.WriteField("sentence");
            writer.WriteField("label");
            writer.NextRecord();
            foreach (var (hash, label) in labels)
            {
                writer.WriteField(sentences[hash]);
                writer.WriteField(label);
                writer.NextRecord();
            }
        }

        var report = Evaluator.Wording(new StringReader(text.ToString()), "wording-relabelled-discussion.csv");
        output.WriteLine(string.Join(", ", report.Classes.Select(c => $"{c.Name} F1 {c.F1:0.000} (n {c.Support})")));
        output.WriteLine($"macro-F1 {report.MacroF1:0.000}");
        Assert.Equal(250, report.Rows);
        Assert.Empty(report.Issues);
        Assert.True(report.MacroF1 >= Floor, $"macro-F1 {report.MacroF1:0.000} fell under {Floor}");
    }
}
