namespace LitTracker.Reports.Csl;

/// <summary>A style compiled for one locale: the evaluation trees the renderer walks.</summary>
internal sealed class CslCompiledStyle(CslLocale locale, string? pageRangeFormat, bool usesYearSuffix, CslLayout citation, CslLayout? bibliography)
{
    public CslLocale Locale { get; } = locale;

    public string? PageRangeFormat { get; } = pageRangeFormat;

    /// <summary>True when the style places year-suffix itself; otherwise it follows the first year of issued.</summary>
    public bool UsesYearSuffixVariable { get; } = usesYearSuffix;

    public CslLayout Citation { get; } = citation;

    public CslLayout? Bibliography { get; } = bibliography;
}
