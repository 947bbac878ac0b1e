using System.Globalization;

namespace LitTracker.Reports.Csl;

/// <summary>Variable lookup, including the variables the processor supplies (citation-number, locator…).</summary>
internal sealed partial class CslRenderer
{
    /// <summary>An ordinary variable's value, or null when absent or already used by a substitute.</summary>
    public string? Variable(string name, bool shortForm) => IsSuppressed(name) ? null : Lookup(name, shortForm);

    /// <summary>A variable's value for a condition (is-numeric), whether or not a substitute printed it.</summary>
    public string? ConditionValue(string name) => Lookup(name, false);

    private string? Lookup(string name, bool shortForm)
    {
        switch (name)
        {
            case "citation-number":
                return CitationNumber > 0 ? CitationNumber.ToString(CultureInfo.InvariantCulture) : null;
            case "year-suffix":
                return YearSuffix;
            case "locator":
                return Cite?.Locator;
            case "page-first":
                return Item.Get("page-first") ?? CslPageRange.First(Item.Get("page"));
        }

        if (shortForm)
        {
            var shortValue = name switch
            {
                "container-title" => Item.Get("container-title-short") ?? Item.Get("journalAbbreviation"),
                _ => Item.Get(name + "-short"),
            };
            if (shortValue is not null)
            {
                return shortValue;
            }
        }

        return Item.Get(name);
    }

    /// <summary>
    /// True when a variable of any kind has a value (choose variable=…). Conditions test the item,
    /// not the output: a variable a substitute already printed still counts (as in citeproc-js;
    /// APA's container macros rely on it to tell edited books from serials).
    /// </summary>
    public bool HasVariable(string name)
    {
        return name switch
        {
            "citation-number" => CitationNumber > 0,
            "year-suffix" => YearSuffix is not null,
            "locator" => Cite?.Locator is not null,
            "page-first" => Lookup(name, false) is not null,
            _ => Item.Has(name),
        };
    }
}
