namespace LitTracker.Reports.Csl;

/// <summary>Forms of a CSL term.</summary>
internal enum CslTermForm
{
    Long = 0,
    Short,
    Verb,
    VerbShort,
    Symbol,
}
