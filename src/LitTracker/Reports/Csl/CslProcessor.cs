using System.Globalization;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Csl;

/// <summary>
/// Formats bibliographies and citations with a <see cref="CslStyle"/>. Create one per style and
/// locale and reuse it; an instance is not thread-safe (it reuses its render buffers).
/// </summary>
public sealed class CslProcessor
{
    private readonly CslCompiledStyle style;
    private readonly CslRenderer renderer;

    /// <summary>Creates a processor.</summary>
    /// <param name="style">The style.</param>
    /// <param name="locale">en-US or en-GB; null for the style's default (en-US when it has none).</param>
    public CslProcessor(CslStyle style, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        this.style = style.Compiled(locale);
        renderer = new CslRenderer(this.style);
    }

    /// <summary>True when the style has a bibliography.</summary>
    public bool HasBibliography => style.Bibliography is not null;

    /// <summary>
    /// The bibliography of <paramref name="items"/>, given in citation order (which sets citation
    /// numbers), returned in the style's order. A style without a bibliography yields nothing.
    /// </summary>
    public IReadOnlyList<CslEntry> FormatBibliography(IReadOnlyList<CslItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var layout = style.Bibliography;
        if (layout is null || items.Count == 0)
        {
            return [];
        }

        var (order, numbers, suffixes) = Register(items);
        var entries = new CslEntry[order.Length];
        var substitute = layout.Option("subsequent-author-substitute");
        var aligned = layout.Option("second-field-align") is "flush" or "margin";
        string? previousNames = null;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var r = renderer;
            r.Reset(items[i], CslRenderMode.Bibliography);
            r.CitationNumber = numbers[i];
            r.YearSuffix = suffixes?[i];
            var split = RenderEntry(layout, aligned);
            if (substitute is not null && r.NamesStart >= 0)
            {
                var names = r.RawText(r.NamesStart, r.NamesEnd);
                if (string.Equals(names, previousNames, StringComparison.Ordinal))
                {
                    r.ReplaceRange(r.NamesStart, r.NamesEnd, substitute);
                }

                previousNames = names;
            }
            else
            {
                previousNames = null;
            }

            entries[k] = split > 0
                ? new CslEntry(items[i], numbers[i], r.Compose(split, r.Count, trimEnd: true), r.Compose(0, split))
                : new CslEntry(items[i], numbers[i], r.Compose(0, r.Count), null);
        }

        return entries;
    }

    /// <summary>
    /// Formats citation clusters in order (positions and numbering follow the clusters);
    /// <paramref name="items"/> are all the items of the document.
    /// </summary>
    public IReadOnlyList<RichText> FormatCitations(IReadOnlyList<CslItem> items, IReadOnlyList<IReadOnlyList<CslCite>> clusters)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(clusters);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            byId.TryAdd(items[i].Id, i);
        }

        // Items are numbered in order of first citation, then the uncited ones.
        var firstCited = clusters.SelectMany(c => c).Select(c => c.ItemId).Where(byId.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var ordered = firstCited.Select(id => items[byId[id]]).Concat(items.Where(i => !firstCited.Contains(i.Id, StringComparer.Ordinal))).ToList();
        var (_, numbers, suffixes) = Register(ordered);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            index.TryAdd(ordered[i].Id, i);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        CslCite? previous = null;
        var previousClusterSize = 0;
        var result = new List<RichText>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var cites = cluster.Where(c => index.ContainsKey(c.ItemId)).ToList();
            var positions = cites.Select(c =>
            {
                var position = !seen.Contains(c.ItemId) ? CslPosition.First
                    : previous is not null && previousClusterSize == 1 && previous.ItemId == c.ItemId
                        ? (c.Locator is not null && c.Locator != previous.Locator ? CslPosition.IbidWithLocator : CslPosition.Ibid)
                        : CslPosition.Subsequent;
                seen.Add(c.ItemId);
                previous = c;
                return position;
            }).ToList();
            previousClusterSize = cites.Count;
            result.Add(RenderCluster(ordered, index, numbers, suffixes, cites, positions));
        }

        return result;
    }

    /// <summary>One citation of the given items, all at first position, in the order given.</summary>
    public RichText FormatCitation(IReadOnlyList<CslItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return FormatCitations(items, [items.Select(i => new CslCite(i.Id)).ToList()])[0];
    }

    private RichText RenderCluster(List<CslItem> items, Dictionary<string, int> index, int[] numbers, string?[]? suffixes, List<CslCite> cites, List<CslPosition> positions)
    {
        var layout = style.Citation;
        var order = Enumerable.Range(0, cites.Count).ToArray();
        if (layout.Sort.Length > 0)
        {
            var citedItems = cites.Select(c => items[index[c.ItemId]]).ToList();
            var citedNumbers = cites.Select(c => numbers[index[c.ItemId]]).ToArray();
            order = CslSorter.Order(renderer, layout.Sort, citedItems, citedNumbers);
        }

        var r = renderer;
        r.Reset(items[0], CslRenderMode.Citation);
        var scope = r.Open(layout.Affixes);
        var collapse = layout.Option("collapse") == "citation-number";
        var delimiter = layout.Option("after-collapse-delimiter") ?? layout.Delimiter;
        var k = 0;
        while (k < order.Length)
        {
            var end = k;
            if (collapse)
            {
                while (end + 1 < order.Length && numbers[index[cites[order[end + 1]].ItemId]] == numbers[index[cites[order[end]].ItemId]] + 1)
                {
                    end++;
                }
            }

            if (k > 0)
            {
                r.Append(layout.Delimiter, CslPieceKind.Affix);
            }

            RenderCite(items, index, numbers, suffixes, cites[order[k]], positions[order[k]]);
            if (end - k >= 2)
            {
                r.Append("\u2013", CslPieceKind.Affix);
                RenderCite(items, index, numbers, suffixes, cites[order[end]], positions[order[end]]);
                k = end + 1;
            }
            else
            {
                k++;
            }

            _ = delimiter;
        }

        r.Close(layout.Affixes, scope);
        return r.Compose(0, r.Count);
    }

    private void RenderCite(List<CslItem> items, Dictionary<string, int> index, int[] numbers, string?[]? suffixes, CslCite cite, CslPosition position)
    {
        var i = index[cite.ItemId];
        var r = renderer;
        r.Begin(items[i], CslRenderMode.Citation);
        r.CitationNumber = numbers[i];
        r.YearSuffix = suffixes?[i];
        r.Cite = cite;
        r.Position = position;
        if (cite.Prefix is { Length: > 0 } prefix)
        {
            r.Append(prefix, CslPieceKind.Affix);
        }

        r.RenderAll(style.Citation.Children, string.Empty);
        if (cite.Suffix is { Length: > 0 } suffix)
        {
            r.Append(suffix, CslPieceKind.Affix);
        }

        r.Cite = null;
    }

    /// <summary>Renders one bibliography entry; returns where the left margin ends, or 0.</summary>
    private int RenderEntry(CslLayout layout, bool aligned)
    {
        var r = renderer;
        var scope = r.Open(layout.Affixes);
        var split = 0;
        var children = layout.Children;
        for (var c = 0; c < children.Length; c++)
        {
            children[c].Render(r);
            if (c == 0 && aligned && r.Count > scope.ContentStart)
            {
                split = r.Count;
            }
        }

        r.Close(layout.Affixes, scope);
        return split;
    }

    private (int[] Order, int[] Numbers, string?[]? Suffixes) Register(IReadOnlyList<CslItem> items)
    {
        var numbers = new int[items.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i + 1;
        }

        var layout = style.Bibliography;
        var order = layout is null ? Enumerable.Range(0, items.Count).ToArray() : CslSorter.Order(renderer, layout.Sort, items, numbers);
        if (layout is not null && layout.Sort.Length > 0 && !layout.Sort.Any(k => k.Variable == "citation-number"))
        {
            for (var k = 0; k < order.Length; k++)
            {
                numbers[order[k]] = k + 1;
            }
        }

        return (order, numbers, YearSuffixes(items, order, numbers));
    }

    /// <summary>add-year-suffix: items whose first citations read the same get a, b, c… in bibliography order.</summary>
    private string?[]? YearSuffixes(IReadOnlyList<CslItem> items, int[] order, int[] numbers)
    {
        if (style.Citation.Option("disambiguate-add-year-suffix") != "true" || items.Count < 2)
        {
            return null;
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            renderer.Reset(items[i], CslRenderMode.Citation);
            renderer.CitationNumber = numbers[i];
            renderer.YearSuffix = null;
            renderer.RenderAll(style.Citation.Children, string.Empty);
            var text = renderer.RawText(0, renderer.Count);
            if (!groups.TryGetValue(text, out var list))
            {
                groups[text] = list = [];
            }

            list.Add(i);
        }

        string?[]? suffixes = null;
        foreach (var list in groups.Values.Where(l => l.Count > 1))
        {
            suffixes ??= new string?[items.Count];
            for (var k = 0; k < list.Count; k++)
            {
                suffixes[list[k]] = Letters(k);
            }
        }

        return suffixes;
    }

    private static string Letters(int k) =>
        k < 26 ? ((char)('a' + k)).ToString(CultureInfo.InvariantCulture) : Letters((k / 26) - 1) + (char)('a' + (k % 26));
}
