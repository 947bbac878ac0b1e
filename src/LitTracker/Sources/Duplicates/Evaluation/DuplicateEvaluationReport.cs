using LitTracker.Import;

namespace LitTracker.Sources.Duplicates.Evaluation;

/// <summary>Sensitivity and PPV of duplicate detection on a labelled pair file.</summary>
/// <param name="Pairs">Pairs scored.</param>
/// <param name="TruePositives">Duplicates found.</param>
/// <param name="FalsePositives">Different works reported as duplicates.</param>
/// <param name="FalseNegatives">Duplicates missed.</param>
/// <param name="TrueNegatives">Different works kept apart.</param>
/// <param name="Kinds">Results per labelled kind, duplicates first.</param>
/// <param name="Errors">Every miss and false match, in file order.</param>
/// <param name="Issues">Lines that could not be read (skipped) or fields read as missing.</param>
public sealed record DuplicateEvaluationReport(
    int Pairs,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int TrueNegatives,
    IReadOnlyList<DuplicateKindScore> Kinds,
    IReadOnlyList<DuplicateEvaluationError> Errors,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>TP / (TP + FN): the share of true duplicates found.</summary>
    public double Sensitivity => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>TP / (TP + FP): the share of reported duplicates that are duplicates.</summary>
    public double Ppv => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Harmonic mean of sensitivity and PPV.</summary>
    public double F1 => Sensitivity + Ppv == 0 ? 0 : 2 * Sensitivity * Ppv / (Sensitivity + Ppv);

    /// <summary>95% Wilson interval of <see cref="Sensitivity"/>.</summary>
    public WilsonInterval SensitivityInterval => WilsonInterval.For(TruePositives, TruePositives + FalseNegatives);

    /// <summary>95% Wilson interval of <see cref="Ppv"/>.</summary>
    public WilsonInterval PpvInterval => WilsonInterval.For(TruePositives, TruePositives + FalsePositives);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
