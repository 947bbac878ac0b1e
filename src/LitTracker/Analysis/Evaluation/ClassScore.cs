namespace LitTracker.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
/// <param name="Label">Class label as in the file.</param>
/// <param name="Name">Class name.</param>
/// <param name="Support">Rows whose gold label is this class.</param>
/// <param name="Precision">TP / (TP + FP).</param>
/// <param name="Recall">TP / (TP + FN).</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
public sealed record ClassScore(string Label, string Name, int Support, double Precision, double Recall, double F1);
