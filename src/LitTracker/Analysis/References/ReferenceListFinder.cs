using System.Text.RegularExpressions;
using LitTracker.Analysis.Text;

namespace LitTracker.Analysis.References;

/// <summary>
/// Finds an article's printed reference list: the blocks under a heading such as References,
/// Sources, Bibliography, Works cited or Notes (up to the next heading), else the trailing run of
/// at least two citation-like blocks (an access note, an identifier, "et al.", a year with a
/// journal-style volume or a leading number), ignoring up to three short blocks after it ("You
/// might also like"). Each line is kept verbatim from the original body.
/// </summary>
public static partial class ReferenceListFinder
{
    /// <summary>The reference lines of <paramref name="text"/> (whose original is <paramref name="body"/>), and the index of the first block of the list (or the block count when none).</summary>
    public static (IReadOnlyList<ReferenceLine> Lines, int FirstBlock) Find(PlainText text, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(body);
        var blocks = text.Blocks;
        var indexes = new List<int>();
        var first = blocks.Count;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind == BlockKind.Heading && ListHeading().IsMatch(text.Of(blocks[b]).Trim()))
            {
                first = b;
                for (var k = b + 1; k < blocks.Count && blocks[k].Kind != BlockKind.Heading; k++)
                {
                    indexes.Add(k);
                }

                break;
            }
        }

        if (indexes.Count == 0)
        {
            var end = blocks.Count - 1;
            var skipped = 0;
            while (end >= 0 && skipped < 3 && !CitationLike(text.Of(blocks[end])) && text.Of(blocks[end]).Length < 80)
            {
                end--;
                skipped++;
            }

            var start = end;
            while (start >= 0 && CitationLike(text.Of(blocks[start])))
            {
                start--;
            }

            if (end - start >= 2)
            {
                first = start + 1;
                indexes.AddRange(Enumerable.Range(start + 1, end - start));
            }
        }

        var lines = new List<ReferenceLine>();
        foreach (var b in indexes)
        {
            var (s, e) = text.ToOriginal(blocks[b].Start, blocks[b].End);
            var verbatim = body[s..e].Trim();
            lines.Add(new ReferenceLine(lines.Count + 1, verbatim, s, e, ReferenceParser.Parse(text.Of(blocks[b]))));
        }

        return (lines, first);
    }

    /// <summary>True when a block reads like a printed reference.</summary>
    public static bool CitationLike(string block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Length < 600 && Citation().IsMatch(block);
    }

    [GeneratedRegex(@"^(?:#+\s*)?(references?|sources?|bibliography|works cited|literature( cited)?|citations|notes|footnotes|further reading)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"\b(accessed|retrieved|available (from|at))\b|\b10\.\d{4,9}/|\bPMID\b|https?://|\bet al\b|(?:19|20)\d{2}\s*;\s*\d+|\b(?:19|20)\d{2}\b.*\b\d+\s*[(:]\s*\d+|^\s*\[?\d{1,3}[\].]\s+\p{Lu}.*\b(?:19|20)\d{2}\b|^\[\^\d+\]:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citation();
}
