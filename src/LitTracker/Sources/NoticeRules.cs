namespace LitTracker.Sources;

/// <summary>Decides whether a set of notices leaves a source retracted.</summary>
public static class NoticeRules
{
    /// <summary>
    /// A source is retracted when it has a retraction or withdrawal that no later reinstatement
    /// reverses. Undated notices sort before dated ones, so a dated reinstatement wins over an
    /// undated retraction and an undated pair is read in the order given.
    /// </summary>
    public static bool IsRetracted(IEnumerable<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var retracted = false;
        foreach (var notice in notices
            .Select((n, i) => (n, i))
            .OrderBy(x => x.n.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.n))
        {
            switch (notice.Type)
            {
                case NoticeType.Retraction or NoticeType.Withdrawal:
                    retracted = true;
                    break;
                case NoticeType.Reinstatement:
                    retracted = false;
                    break;
                default:
                    break;
            }
        }

        return retracted;
    }
}
