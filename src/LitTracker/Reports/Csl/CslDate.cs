namespace LitTracker.Reports.Csl;

/// <summary>A CSL date variable: a single date, a range, or a literal string.</summary>
/// <param name="From">The date, or the start of a range.</param>
/// <param name="To">The end of a range, or null.</param>
/// <param name="Literal">A date that could not be parsed into parts, shown verbatim.</param>
public sealed record CslDate(CslDateParts From, CslDateParts? To = null, string? Literal = null)
{
    /// <summary>True when the date is approximate ("circa").</summary>
    public bool Circa { get; init; }

    /// <summary>Season 1–4 (spring–winter) given apart from the date parts, or 0.</summary>
    public int Season { get; init; }

    /// <summary>True when there is nothing to show.</summary>
    public bool IsEmpty => From.IsEmpty && Literal is null;
}
