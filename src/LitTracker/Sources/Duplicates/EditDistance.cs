namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus the swap of two neighbouring letters as one
/// edit), so a transposition typo such as "trail"/"trial" costs one edit, not two.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 for anything beyond the limit.</summary>
    public static int Osa(string x, string y, int limit)
    {
        if (Math.Abs(x.Length - y.Length) > limit)
        {
            return limit + 1;
        }

        var twoBack = new int[y.Length + 1];
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    d = Math.Min(d, twoBack[j - 2] + 1);
                }

                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return Math.Min(previous[y.Length], limit + 1);
    }
}
