namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;label&gt;</c> for a number variable or the locator; shown only when the variable is.</summary>
internal sealed class CslLabelNode(string variable, CslTermForm form, string plural, CslAffixes affixes) : CslNode
{
    public override void Render(CslRenderer r)
    {
        var value = r.Variable(variable, false);
        if (value is null)
        {
            return;
        }

        var termName = variable switch
        {
            "locator" => r.Cite?.Label ?? "page",
            "page-first" => "page",
            _ => variable,
        };
        var isPlural = plural switch
        {
            "always" => true,
            "never" => false,
            _ => variable == "number-of-pages" || variable == "number-of-volumes"
                ? int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 1
                : CslNumbers.IsPlural(value),
        };
        var term = r.Locale.Term(termName, form, isPlural);
        if (string.IsNullOrEmpty(term))
        {
            return;
        }

        var scope = r.Open(affixes);
        r.AppendStyleText(term);
        r.Close(affixes, scope);
    }
}
