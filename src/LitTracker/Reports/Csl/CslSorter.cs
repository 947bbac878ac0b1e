using System.Globalization;

namespace LitTracker.Reports.Csl;

/// <summary>Computes sort keys and orders items by them (stable: ties keep citation order).</summary>
internal static class CslSorter
{
    public static int[] Order(CslRenderer r, CslSortKey[] keys, IReadOnlyList<CslItem> items, int[] numbers)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        if (keys.Length == 0)
        {
            return order;
        }

        var values = new string?[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            values[i] = new string?[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                values[i][k] = Key(r, keys[k], items[i], numbers[i]);
            }
        }

        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var x = values[a][k];
                var y = values[b][k];
                if (x is null || y is null)
                {
                    if (x is null && y is null)
                    {
                        continue;
                    }

                    return x is null ? 1 : -1;
                }

                var c = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
                if (c == 0)
                {
                    c = string.CompareOrdinal(x, y);
                }

                if (c != 0)
                {
                    return keys[k].Descending ? -c : c;
                }
            }

            return a.CompareTo(b);
        });
        return order;
    }

    private static string? Key(CslRenderer r, CslSortKey key, CslItem item, int number)
    {
        r.Reset(item, CslRenderMode.Sort);
        r.CitationNumber = number;
        if (key.Macro is { } macro)
        {
            r.RenderAll(macro, string.Empty);
            var text = r.RawText(0, r.Count).Trim();
            return text.Length == 0 ? null : Pad(text);
        }

        var variable = key.Variable!;
        if (variable == "citation-number")
        {
            return number.ToString("D10", CultureInfo.InvariantCulture);
        }

        if (item.GetNames(variable) is { } names)
        {
            return string.Join(", ", names.Select(n => n.Literal ?? string.Join(" ", new[] { n.Family, n.Given, n.DroppingParticle, n.NonDroppingParticle }.Where(p => p is not null))));
        }

        if (item.GetDate(variable) is { } date)
        {
            return date.From.SortKey() + (date.To is { } to ? to.SortKey() : string.Empty);
        }

        return item.Get(variable) is { } value ? Pad(value) : null;
    }

    // Numbers compare by value: "9" before "10".
    private static string Pad(string value) =>
        value.Length < 10 && value.All(char.IsAsciiDigit) ? value.PadLeft(10, '0') : value;
}
