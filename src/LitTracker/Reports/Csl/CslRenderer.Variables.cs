using System.Globalization;

namespace LitTracker.Reports.Csl;

/// <summary>Variable lookup, including the variables the processor supplies (citation-number, locator…).</summary>
internal sealed partial class CslRenderer
{
    /// <summary>An ordinary variable's value, or null when absent or already used by a substitute.</summary>
    public string? Variable(string name, bool shortForm)
    {
        if (IsSuppressed(name))
        {
            return null;
        }

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

    /// <summary>True when a variable of any kind has a value (choose variable=…).</summary>
    public bool HasVariable(string name)
    {
        if (IsSuppressed(name))
        {
            return false;
        }

        return name switch
        {
            "citation-number" => CitationNumber > 0,
            "year-suffix" => YearSuffix is not null,
            "locator" => Cite?.Locator is not null,
            "page-first" => Variable(name, false) is not null,
            _ => Item.Has(name),
        };
    }
}
