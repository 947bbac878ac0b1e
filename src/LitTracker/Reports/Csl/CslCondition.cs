namespace LitTracker.Reports.Csl;

/// <summary>One test of a choose branch (one value of one condition attribute).</summary>
internal sealed class CslCondition(string kind, string value)
{
    public bool Test(CslRenderer r) => kind switch
    {
        "type" => string.Equals(r.Item.Type, value, StringComparison.Ordinal),
        "variable" => r.HasVariable(value),
        "is-numeric" => r.ConditionValue(value) is { } v && CslNumbers.IsNumeric(v),
        "is-uncertain-date" => r.Item.GetDate(value) is { Circa: true },
        "locator" => r.Cite?.Locator is not null && string.Equals(r.Cite.Label ?? "page", value, StringComparison.Ordinal),
        "position" => value switch
        {
            "first" => r.Position == CslPosition.First,
            "subsequent" => r.Position != CslPosition.First,
            "ibid" => r.Position is CslPosition.Ibid or CslPosition.IbidWithLocator,
            "ibid-with-locator" => r.Position == CslPosition.IbidWithLocator,
            _ => false,
        },
        _ => false,
    };
}
