namespace LitTracker.Reports.Text;

/// <summary>Formatting of a <see cref="TextRun"/> beyond italics (which <see cref="TextRun.Italic"/> carries).</summary>
[Flags]
public enum TextFormat
{
    /// <summary>No extra formatting.</summary>
    None = 0,

    /// <summary>Bold.</summary>
    Bold = 1,

    /// <summary>Small capitals.</summary>
    SmallCaps = 2,

    /// <summary>Superscript.</summary>
    Superscript = 4,

    /// <summary>Subscript.</summary>
    Subscript = 8,

    /// <summary>Underlined.</summary>
    Underline = 16,
}
