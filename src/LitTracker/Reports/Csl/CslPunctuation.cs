namespace LitTracker.Reports.Csl;

/// <summary>
/// What happens where one piece ends in punctuation and the next begins with punctuation, as
/// citeproc-js does it (test-suite fixture punctuation_FullMontyPlain).
/// </summary>
internal static class CslPunctuation
{
    public static bool IsPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?';

    /// <summary>Returns 0 to keep both, 1 to drop the right character, 2 to drop the left one.</summary>
    public static int Merge(char left, char right) => right switch
    {
        ':' => left is ':' or ';' or '!' or '?' ? 1 : 0,
        '.' => left is ':' or '.' or ';' or '!' or '?' ? 1 : 0,
        ';' => left == ';' ? 1 : 0,
        '!' => left is ':' or ';' ? 2 : left == '!' ? 1 : 0,
        '?' => left is ':' or ';' ? 2 : left == '?' ? 1 : 0,
        ',' => left == ',' ? 1 : 0,
        _ => 0,
    };
}
