using System.Xml.Linq;

namespace LitTracker.Reports.Csl;

/// <summary>The formatting attributes an element may carry: affixes, fonts, quotes, text-case, display.</summary>
internal sealed class CslAffixes
{
    public static readonly CslAffixes Empty = new();

    public string Prefix { get; init; } = string.Empty;

    public string Suffix { get; init; } = string.Empty;

    public CslFormat Set { get; init; }

    public CslFormat Clear { get; init; }

    public bool Quotes { get; init; }

    public bool StripPeriods { get; init; }

    public CslTextCase TextCase { get; init; }

    public string? Display { get; init; }

    public bool IsPlain => Prefix.Length == 0 && Suffix.Length == 0 && Set == CslFormat.None && Clear == CslFormat.None && !Quotes && TextCase == CslTextCase.None && Display is null;

    /// <summary>A copy without the suffix (the start of a date range).</summary>
    public CslAffixes WithoutSuffix() => new()
    {
        Prefix = Prefix,
        Set = Set,
        Clear = Clear,
        Quotes = Quotes,
        StripPeriods = StripPeriods,
        TextCase = TextCase,
        Display = Display,
    };

    /// <summary>Formatting of <paramref name="element"/> laid over this one (a style's date-part over the locale's).</summary>
    public CslAffixes Override(System.Xml.Linq.XElement element)
    {
        var other = From(element);
        return new CslAffixes
        {
            Prefix = Prefix,
            Suffix = Suffix,
            Set = (Set & ~other.Clear) | other.Set,
            Clear = Clear | other.Clear,
            Quotes = Quotes,
            StripPeriods = StripPeriods || other.StripPeriods,
            TextCase = other.TextCase != CslTextCase.None ? other.TextCase : TextCase,
            Display = Display,
        };
    }

    public static CslAffixes From(XElement element)
    {
        var set = CslFormat.None;
        var clear = CslFormat.None;
        switch ((string?)element.Attribute("font-style"))
        {
            case "italic" or "oblique":
                set |= CslFormat.Italic;
                break;
            case "normal":
                clear |= CslFormat.Italic;
                break;
        }

        switch ((string?)element.Attribute("font-weight"))
        {
            case "bold":
                set |= CslFormat.Bold;
                break;
            case "normal" or "light":
                clear |= CslFormat.Bold;
                break;
        }

        switch ((string?)element.Attribute("font-variant"))
        {
            case "small-caps":
                set |= CslFormat.SmallCaps;
                break;
            case "normal":
                clear |= CslFormat.SmallCaps;
                break;
        }

        switch ((string?)element.Attribute("vertical-align"))
        {
            case "sup":
                set |= CslFormat.Superscript;
                break;
            case "sub":
                set |= CslFormat.Subscript;
                break;
            case "baseline":
                clear |= CslFormat.Superscript | CslFormat.Subscript;
                break;
        }

        switch ((string?)element.Attribute("text-decoration"))
        {
            case "underline":
                set |= CslFormat.Underline;
                break;
            case "none":
                clear |= CslFormat.Underline;
                break;
        }

        var result = new CslAffixes
        {
            Prefix = (string?)element.Attribute("prefix") ?? string.Empty,
            Suffix = (string?)element.Attribute("suffix") ?? string.Empty,
            Set = set,
            Clear = clear,
            Quotes = (string?)element.Attribute("quotes") == "true",
            StripPeriods = (string?)element.Attribute("strip-periods") == "true",
            TextCase = CslTextCasing.Parse((string?)element.Attribute("text-case")),
            Display = (string?)element.Attribute("display"),
        };
        return result.IsPlain && !result.StripPeriods ? Empty : result;
    }
}
