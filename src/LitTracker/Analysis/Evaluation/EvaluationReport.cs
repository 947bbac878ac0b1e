using LitTracker.Import;

namespace LitTracker.Analysis.Evaluation;

/// <summary>Scores of a labelled file.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Classes">Per-class scores.</param>
/// <param name="MacroF1">Unweighted mean of the per-class F1.</param>
/// <param name="Accuracy">Share of rows predicted correctly.</param>
/// <param name="Issues">Rows that could not be read (line-numbered), skipped.</param>
public sealed record EvaluationReport(int Rows, IReadOnlyList<ClassScore> Classes, double MacroF1, double Accuracy, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>Scores gold/predicted pairs over <paramref name="classes"/> (label → name).</summary>
    public static EvaluationReport Score(IReadOnlyList<(string Gold, string Predicted)> pairs, IReadOnlyList<(string Label, string Name)> classes, IReadOnlyList<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(classes);
        var scores = new List<ClassScore>();
        foreach (var (label, name) in classes)
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new ClassScore(label, name, tp + fn, Math.Round(precision, 3), Math.Round(recall, 3), Math.Round(f1, 3)));
        }

        var accuracy = pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count;
        return new EvaluationReport(pairs.Count, scores, Math.Round(scores.Average(s => s.F1), 3), Math.Round(accuracy, 3), issues);
    }
}
