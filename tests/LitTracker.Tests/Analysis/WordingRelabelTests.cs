using System.Globalization;
using CsvHelper;
using LitTracker.Analysis.Evaluation;
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
    [Theory]
    [InlineData("wording-relabelled-discussion.csv", 0.78)]
    [InlineData("wording-relabelled-discussion-2.csv", 0.64)]
    public void Wording_RelabelledDiscussionSentences_MacroF1AboveFloor(string file, double floor)
    {
        var sample = RelabelledSample.Load(file);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            writer.WriteField("sentence");
            writer.WriteField("label");
            writer.NextRecord();
            foreach (var (sentence, label) in sample)
            {
                writer.WriteField(sentence);
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
