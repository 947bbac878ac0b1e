namespace LitTracker.Analysis.References;

/// <summary>
/// Similarity of two normalised titles (<see cref="Sources.TitleKey"/>): 1 − edit distance
/// (Levenshtein, with a swap of neighbouring letters as one edit) ÷ the longer length. A printed title resolves to a library source at or above
/// <see cref="Threshold"/>: 0.90 tolerates a typo, a dropped article or a changed plural in a
/// 50-character title, and refuses "Stem Cell Therapy for Musculoskeletal Diseases" against
/// "Stem cell treatment for musculoskeletal disease" (0.80), a different work.
/// </summary>
public static class TitleSimilarity
{
    /// <summary>The documented resolution threshold.</summary>
    public const double Threshold = 0.90;

    /// <summary>Similarity in [0, 1] of two already-normalised keys.</summary>
    public static double Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var longer = Math.Max(a.Length, b.Length);
        // Lengths differing by more than the allowed distance can never reach the threshold.
        if (Math.Abs(a.Length - b.Length) > longer * (1 - Threshold) + 1 && Math.Abs(a.Length - b.Length) > longer / 2)
        {
            return 1 - (double)Math.Abs(a.Length - b.Length) / longer;
        }

        // The duplicate detector's edit distance: a swapped pair of letters is one typo here too.
        var distance = Sources.Duplicates.EditDistance.Osa(a, b, longer);
        return 1 - (double)distance / longer;
    }
}
