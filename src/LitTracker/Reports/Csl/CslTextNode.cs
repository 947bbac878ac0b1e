namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;text&gt;</c> with a variable, a term or a value (macros compile to <see cref="CslMacroCallNode"/>).</summary>
internal sealed class CslTextNode(string? variable, string? term, string? value, CslTermForm form, bool plural, CslAffixes affixes) : CslNode
{
    public override void Render(CslRenderer r)
    {
        if (variable is not null)
        {
            RenderVariable(r, variable);
            return;
        }

        var text = term is not null ? r.Locale.Term(term, form, plural) : value;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var scope = r.Open(affixes);
        r.AppendStyleText(text);
        r.Close(affixes, scope);
    }

    private static bool IsNumberVariable(string name) => name is "issue" or "volume" or "number" or "chapter-number" or "collection-number"
        or "number-of-pages" or "number-of-volumes" or "part-number" or "supplement-number" or "locator";

    private void RenderVariable(CslRenderer r, string name)
    {
        var text = r.Variable(name, form == CslTermForm.Short);

        // year-suffix is supplied by disambiguation, not by the item: like citeproc-js, an empty one
        // does not count as a called variable, so APA's "(n.d.)" group (term + year-suffix) survives.
        if (name != "year-suffix" || text is not null)
        {
            r.Called(name, text is not null);
        }
        if (text is null)
        {
            return;
        }

        if (name == "year-suffix")
        {
            r.YearSuffixRendered = true;
        }

        if (name is "page" || (name == "locator" && (r.Cite?.Label ?? "page") == "page"))
        {
            text = CslPageRange.Format(text, r.Style.PageRangeFormat, r.Locale.Term("page-range-delimiter") ?? "\u2013");
        }

        else if (IsNumberVariable(name) && text.Contains('-', StringComparison.Ordinal) && CslNumbers.IsNumeric(text))
        {
            text = CslNumbers.Format(text, "numeric", r.Locale);
        }

        var scope = r.Open(affixes);
        switch (name)
        {
            case "URL":
                r.Append(text, CslPieceKind.NoCase, text);
                break;
            case "DOI":
                r.Append(text, CslPieceKind.NoCase, text.StartsWith("http", StringComparison.Ordinal) ? text : "https://doi.org/" + text);
                break;
            default:
                r.AppendValue(text);
                break;
        }

        r.Close(affixes, scope);
    }
}
