using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Text;

/// <summary>Line-level rules shared by the readers: what looks like a heading or a list bullet.</summary>
internal static partial class LineShapes
{
    /// <summary>
    /// A plain-text line is a heading when it is short (at most 14 words and 120 characters) and
    /// does not end like a sentence (. ! , ;). A line ending with ':' is a heading only when most
    /// of its longer words are capitalised ("Clinical Evidence:"), so a lead-in sentence
    /// ("It can lead to the following:") stays a sentence.
    /// </summary>
    public static bool LooksLikeHeading(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 120 || BulletPrefix().IsMatch(t))
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14)
        {
            return false;
        }

        var last = t[^1];
        if (last is '.' or '!' or ',' or ';' or '"' or '”' || InnerSentenceEnd().IsMatch(t))
        {
            return false;
        }

        if (last == ':')
        {
            var longWords = words.Where(w => w.Length > 3).ToList();
            return longWords.Count > 0 && longWords.Count(w => char.IsUpper(w[0])) * 3 >= longWords.Count * 2;
        }

        return true;
    }

    /// <summary>Length of a leading bullet or number ("• ", "- ", "1. ", "2) "), or 0.</summary>
    public static int BulletLength(string line)
    {
        var m = BulletPrefix().Match(line);
        return m.Success ? m.Length : 0;
    }

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣●○■□➤►✓✔\-\*\+–—]|\(?\d{1,2}[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"[a-z]{2,}[.!?]\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceEnd();
}
