namespace LitTracker.Sources.Duplicates.Evaluation;

/// <summary>
/// A 95% Wilson score interval for a proportion. Chosen over the normal approximation because the
/// proportions measured here sit near 1, where the normal interval overshoots 1 and is too narrow.
/// </summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
public readonly record struct WilsonInterval(double Low, double High)
{
    private const double Z = 1.959963984540054;

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/>; (0, 1) when there are no trials.</summary>
    public static WilsonInterval For(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
        {
            return new WilsonInterval(0, 1);
        }

        var n = (double)trials;
        var p = successes / n;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new WilsonInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
