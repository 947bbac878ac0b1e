using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Wording;

/// <summary>
/// Finds the matches of one cue list. With a <see cref="CuePrefilter"/>, every match starts with
/// one of its literal heads, so the scanner jumps from head to head (one vectorised search) and
/// tries the alternation anchored there (<c>\G</c>) instead of at every word of the sentence; the
/// matches are the same, leftmost and non-overlapping, as <see cref="Regex.Matches(string)"/>.
/// </summary>
internal sealed class CueScanner
{
    private readonly Regex plain;
    private readonly CuePrefilter? filter;
    private readonly Regex? anchored;

    public CueScanner(IReadOnlyList<string> patterns, bool compiled)
    {
        filter = CuePrefilter.Create(patterns);
        plain = WordingLexicon.Alternation(patterns, compiled && filter is null);
        anchored = filter is null ? null : WordingLexicon.Alternation(patterns, compiled, anchored: true);
    }

    /// <summary>True when every pattern has a literal head, so <see cref="Matches"/> jumps between heads.</summary>
    public bool HasPrefilter => filter is not null;

    /// <summary>The whole list as one unanchored alternation.</summary>
    public Regex Plain => plain;

    /// <summary>The matches in <paramref name="text"/>, in order.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (filter is null || anchored is null)
        {
            for (var m = plain.Match(text); m.Success; m = m.NextMatch())
            {
                yield return m;
            }

            yield break;
        }

        var i = 0;
        while (i < text.Length)
        {
            var k = filter.IndexOfHead(text.AsSpan(i));
            if (k < 0)
            {
                yield break;
            }

            var at = i + k;
            var m = anchored.Match(text, at);
            if (m.Success)
            {
                yield return m;
                i = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                i = at + 1;
            }
        }
    }
}
