using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using LitTracker.Analysis.Evaluation;
using LitTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace LitTracker.Tests.Analysis;

/// <summary>
/// Scores the wording classifier on real discussion sentences of health papers (the shared
/// discussion-sentence file, drawn by a hash), labelled in Yu et al.'s four classes by people who
/// had read neither the classifier nor its docs, calibrated on Yu et al.'s own labels in half a of
/// the conclusion-sentence file. The repository keeps only each sentence's hash, the label and a
/// note; the sentences are read in place from ../shared (docs/analysis.md records every score).
/// Set D1 (250): first score 0.669 before any change (the floor fixed beforehand, 0.70, was
/// missed); round 8 then tuned on it (0.814), so its floor is only a regression guard under that.
/// Set D2 (250 other sentences): the held-out check of round 8, scored once after its last change;
/// its floor was fixed before that score.
/// </summary>
public sealed class WordingRelabelTests(ITestOutputHelper output)
{
    [SharedDataTheory]
    [InlineData("wording-relabelled-discussion.csv", 0.78)]
    [InlineData("wording-relabelled-discussion-2.csv", 0.64)]
    public void Wording_RelabelledDiscussionSentences_MacroF1AboveFloor(string file, double floor)
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Analysis", file)).Skip(1)
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

        var report = Evaluator.Wording(new StringReader(text.ToString()), file);
        output.WriteLine(string.Join(", ", report.Classes.Select(c => $"{c.Name} F1 {c.F1:0.000} (n {c.Support})")));
        output.WriteLine($"{file}: macro-F1 {report.MacroF1:0.000}");
        Assert.Equal(250, report.Rows);
        Assert.Empty(report.Issues);
        Assert.True(report.MacroF1 >= floor, $"{file}: macro-F1 {report.MacroF1:0.000} fell under {floor}");
    }
}
