namespace LitTracker.Reports.Csl;

/// <summary>CSL text-case values.</summary>
internal enum CslTextCase : byte
{
    None = 0,
    Lowercase,
    Uppercase,
    CapitalizeFirst,
    CapitalizeAll,
    Sentence,
    Title,
}
