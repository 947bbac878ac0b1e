using System.Globalization;

namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;date&gt;</c>, localised (parts taken from the locale) or not, with ranges.</summary>
internal sealed class CslDateNode(string variable, CslDatePart[] parts, string delimiter, CslAffixes affixes) : CslNode
{
    // A macro sort key holds only the parts the date prints (citeproc-js does the same), so "2020"
    // (date-parts="year") sorts before "2020-02" when one style macro prints both shapes.
    private readonly bool sortsMonth = parts.Length == 0 || parts.Any(p => p.Name == "month");
    private readonly bool sortsDay = parts.Length == 0 || parts.Any(p => p.Name == "day");

    public override void Render(CslRenderer r)
    {
        var date = r.IsSuppressed(variable) ? null : r.Item.GetDate(variable);
        r.Called(variable, date is not null);
        if (date is null)
        {
            return;
        }

        var scope = r.Open(affixes);
        if (r.Mode == CslRenderMode.Sort)
        {
            r.Append(date.Literal ?? SortKey(date.From) + (date.To is { } end ? "-" + SortKey(end) : string.Empty));
        }
        else if (date.Literal is not null && date.From.IsEmpty)
        {
            r.AppendValue(date.Literal);
        }
        else if (date.To is { } to && to != date.From && !to.IsEmpty)
        {
            RenderRange(r, date, to);
        }
        else
        {
            RenderParts(r, date, date.From, 0, parts.Length, false);
        }

        r.Close(affixes, scope);
    }

    private string SortKey(CslDateParts parts) =>
        sortsMonth && sortsDay ? parts.SortKey() : new CslDateParts(parts.Year, sortsMonth ? parts.Month : 0, sortsMonth && sortsDay ? parts.Day : 0).SortKey();

    private void RenderRange(CslRenderer r, CslDate date, CslDateParts to)
    {
        var from = date.From;
        var level = from.Year != to.Year ? 0 : from.Month != to.Month ? 1 : 2;
        var first = -1;
        var last = -1;
        for (var i = 0; i < parts.Length; i++)
        {
            if (Level(parts[i].Name) >= level)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            RenderParts(r, date, from, 0, parts.Length, false);
            return;
        }

        var rangeDelimiter = parts.FirstOrDefault(p => Level(p.Name) == level)?.RangeDelimiter ?? "\u2013";
        RenderParts(r, date, from, 0, first, false);
        if (first > 0)
        {
            r.Append(delimiter, CslPieceKind.Affix);
        }

        RenderParts(r, date, from, first, last + 1, true);
        r.Append(rangeDelimiter, CslPieceKind.Affix);
        RenderParts(r, date, to, first, last + 1, false);
        if (last + 1 < parts.Length)
        {
            var mark = r.Count;
            r.Append(delimiter, CslPieceKind.Affix);
            var before = r.Count;
            RenderParts(r, date, from, last + 1, parts.Length, false);
            if (r.Count == before)
            {
                r.Rollback(mark);
            }
        }
    }

    private static int Level(string name) => name switch
    {
        "year" => 0,
        "month" => 1,
        _ => 2,
    };

    private void RenderParts(CslRenderer r, CslDate date, CslDateParts d, int from, int to, bool dropLastSuffix)
    {
        var start = r.Count;
        for (var i = from; i < to; i++)
        {
            var part = parts[i];
            var text = PartText(r, date, d, part);
            if (text is null)
            {
                continue;
            }

            if (r.Count > start && delimiter.Length > 0)
            {
                r.Append(delimiter, CslPieceKind.Affix);
            }

            var affixes = dropLastSuffix && i == to - 1 && part.Affixes.Suffix.Length > 0 ? part.Affixes.WithoutSuffix() : part.Affixes;
            var scope = r.Open(affixes);
            r.Append(text);
            if (part.Name == "year" && variable == "issued" && r.YearSuffix is not null && !r.Style.UsesYearSuffixVariable && !r.YearSuffixRendered)
            {
                r.Append(r.YearSuffix);
                r.YearSuffixRendered = true;
            }

            r.Close(affixes, scope);
        }
    }

    private static string? PartText(CslRenderer r, CslDate date, CslDateParts d, CslDatePart part)
    {
        switch (part.Name)
        {
            case "year":
                if (d.Year == 0)
                {
                    return null;
                }

                if (d.Year < 0)
                {
                    return (-d.Year).ToString(CultureInfo.InvariantCulture) + (r.Locale.Term("bc") ?? "BC");
                }

                var year = part.Form == "short" ? (d.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : d.Year.ToString(CultureInfo.InvariantCulture);
                return d.Year < 1000 ? year + (r.Locale.Term("ad") ?? "AD") : year;
            case "month":
                var season = d.Month is >= 13 and <= 16 ? d.Month - 12 : d.Month is >= 21 and <= 24 ? d.Month - 20 : d.Month == 0 ? date.Season : 0;
                if (season is >= 1 and <= 4)
                {
                    return r.Locale.Term("season-0" + season.ToString(CultureInfo.InvariantCulture));
                }

                if (d.Month is < 1 or > 12)
                {
                    return null;
                }

                return part.Form switch
                {
                    "numeric" => d.Month.ToString(CultureInfo.InvariantCulture),
                    "numeric-leading-zeros" => d.Month.ToString("D2", CultureInfo.InvariantCulture),
                    "short" => r.Locale.Term("month-" + d.Month.ToString("D2", CultureInfo.InvariantCulture), CslTermForm.Short),
                    _ => r.Locale.Term("month-" + d.Month.ToString("D2", CultureInfo.InvariantCulture)),
                };
            default:
                if (d.Day == 0 || d.Month is < 1 or > 12)
                {
                    return null;
                }

                return part.Form switch
                {
                    "numeric-leading-zeros" => d.Day.ToString("D2", CultureInfo.InvariantCulture),
                    "ordinal" when !r.Locale.LimitDayOrdinalsToDay1 || d.Day == 1 => d.Day.ToString(CultureInfo.InvariantCulture) + r.Locale.OrdinalSuffix(d.Day),
                    _ => d.Day.ToString(CultureInfo.InvariantCulture),
                };
        }
    }
}
