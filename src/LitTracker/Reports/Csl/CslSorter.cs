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

        // Each key is folded once (case and accents, as localeCompare's primary strength in
        // citeproc-js) so the comparisons themselves are plain ordinal ones.
        var values = new string?[items.Count][];
        var folded = new string?[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            values[i] = new string?[keys.Length];
            folded[i] = new string?[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                var value = Key(r, keys[k], items[i], numbers[i]);
                values[i][k] = value;
                folded[i][k] = value is null ? null : Fold(value);
            }
        }

        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var x = folded[a][k];
                var y = folded[b][k];
                if (x is null || y is null)
                {
                    if (x is null && y is null)
                    {
                        continue;
                    }

                    return x is null ? 1 : -1;
                }

                var c = string.CompareOrdinal(x, y);
                if (c == 0)
                {
                    c = string.CompareOrdinal(values[a][k], values[b][k]);
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

    /// <summary>Lower case without diacritics ("Bátori" sorts with "Batori", before "Born").</summary>
    internal static string Fold(string value)
    {
        var ascii = true;
        foreach (var c in value)
        {
            if (c > '\u007f')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return value.ToLowerInvariant();
        }

        var decomposed = value.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Numbers compare by value: "9" before "10".
    private static string Pad(string value) =>
        value.Length < 10 && !value.AsSpan().ContainsAnyExceptInRange('0', '9') ? value.PadLeft(10, '0') : value;
}
