namespace LitTracker.Reports.Csl;

/// <summary>Formatting bits carried by output pieces (CSL font-style, font-weight…).</summary>
[Flags]
internal enum CslFormat : byte
{
    None = 0,
    Italic = 1,
    Bold = 2,
    SmallCaps = 4,
    Superscript = 8,
    Subscript = 16,
    Underline = 32,
}
