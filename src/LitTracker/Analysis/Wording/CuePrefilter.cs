using System.Buffers;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// A cheap screen run before a large alternation: the literal heads every match of the list must
/// contain ("associat" for <c>associat(ed|es|ion)</c>; "higher", "lower" for
/// <c>(higher|lower) risk</c>), searched at once with <see cref="SearchValues{T}"/>. A sentence
/// containing none of them can not match, so the regular expression is skipped; most sentences
/// carry few cues, and the alternations are the bulk of the analyser's time. Null when some
/// pattern's head can not be worked out (the list is then always run).
/// </summary>
internal sealed class CuePrefilter
{
    private readonly SearchValues<string> heads;

    private CuePrefilter(SearchValues<string> heads) => this.heads = heads;

    /// <summary>True when <paramref name="text"/> may match (contains a head), false when it can not.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(heads);

    /// <summary>Where the first head in <paramref name="text"/> starts, or -1.</summary>
    public int IndexOfHead(ReadOnlySpan<char> text) => text.IndexOfAny(heads);

    /// <summary>A prefilter for <paramref name="patterns"/>, or null when one of them has no literal head.</summary>
    public static CuePrefilter? Create(IEnumerable<string> patterns)
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
        {
            var heads = Heads(p);
            if (heads is null)
            {
                return null;
            }

            all.UnionWith(heads);
        }

        return all.Count == 0 ? null : new CuePrefilter(SearchValues.Create([.. all], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The literal heads one of which every match of <paramref name="pattern"/> starts with; null when unknown.</summary>
    internal static List<string>? Heads(string pattern)
    {
        var alternatives = SplitTopLevel(pattern);
        if (alternatives is null)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var alt in alternatives)
        {
            var heads = SequenceHeads(alt);
            if (heads is null)
            {
                return null;
            }

            result.AddRange(heads);
        }

        return result;
    }

    // Heads of a pattern without top-level '|': its leading literal run, or the heads of a leading
    // (non-optional) group. Escapes, classes and lookarounds at the start give up.
    private static List<string>? SequenceHeads(string p)
    {
        if (p.StartsWith('('))
        {
            var close = MatchingParen(p);
            if (close < 0 || (close + 1 < p.Length && p[close + 1] is '?' or '*' or '{'))
            {
                return null;
            }

            var inner = p[1..close];
            if (inner.StartsWith('?'))
            {
                if (!inner.StartsWith("?:", StringComparison.Ordinal))
                {
                    return null;
                }

                inner = inner[2..];
            }

            return Heads(inner);
        }

        var n = 0;
        while (n < p.Length && (char.IsLetterOrDigit(p[n]) || p[n] is ' ' or '-' or '\'' or '%' or ','))
        {
            n++;
        }

        if (n < p.Length && p[n] is '?' or '*' or '{')
        {
            n--;
        }

        var head = p[..Math.Max(0, n)].TrimEnd();
        return head.Length == 0 ? null : [head];
    }

    private static List<string>? SplitTopLevel(string p)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var end = p.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    i = end;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(p[start..i]);
                    start = i + 1;
                    break;
                default:
                    break;
            }
        }

        parts.Add(p[start..]);
        return depth == 0 ? parts : null;
    }

    private static int MatchingParen(string p)
    {
        var depth = 0;
        for (var i = 0; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var end = p.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return -1;
                    }

                    i = end;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
                default:
                    break;
            }
        }

        return -1;
    }
}
