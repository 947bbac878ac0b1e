namespace LitTracker.Reports.Csl;

/// <summary>
/// The attributes of <c>&lt;name&gt;</c> after inheritance (style → citation/bibliography → names → name),
/// resolved once at compile time.
/// </summary>
internal sealed class CslNameOptions
{
    public string? And { get; init; }

    public string Delimiter { get; init; } = ", ";

    public string DelimiterPrecedesEtAl { get; init; } = "contextual";

    public string DelimiterPrecedesLast { get; init; } = "contextual";

    public int EtAlMin { get; init; }

    public int EtAlUseFirst { get; init; }

    public int EtAlSubsequentMin { get; init; }

    public int EtAlSubsequentUseFirst { get; init; }

    public bool EtAlUseLast { get; init; }

    public string Form { get; init; } = "long";

    public bool Initialize { get; init; } = true;

    public string? InitializeWith { get; init; }

    public bool InitializeWithHyphen { get; init; } = true;

    public string? NameAsSortOrder { get; init; }

    public string SortSeparator { get; init; } = ", ";

    public string DemoteNonDroppingParticle { get; init; } = "display-and-sort";

    public CslAffixes Affixes { get; init; } = CslAffixes.Empty;

    public CslAffixes Family { get; init; } = CslAffixes.Empty;

    public CslAffixes Given { get; init; } = CslAffixes.Empty;

    public static CslNameOptions From(Func<string, string?> attribute, CslAffixes affixes, CslAffixes family, CslAffixes given) => new()
    {
        And = attribute("and"),
        Delimiter = attribute("delimiter") ?? attribute("name-delimiter") ?? ", ",
        DelimiterPrecedesEtAl = attribute("delimiter-precedes-et-al") ?? "contextual",
        DelimiterPrecedesLast = attribute("delimiter-precedes-last") ?? "contextual",
        EtAlMin = Int(attribute("et-al-min")),
        EtAlUseFirst = Int(attribute("et-al-use-first")),
        EtAlSubsequentMin = Int(attribute("et-al-subsequent-min") ?? attribute("et-al-min")),
        EtAlSubsequentUseFirst = Int(attribute("et-al-subsequent-use-first") ?? attribute("et-al-use-first")),
        EtAlUseLast = attribute("et-al-use-last") == "true",
        Form = attribute("form") ?? attribute("name-form") ?? "long",
        Initialize = attribute("initialize") != "false",
        InitializeWith = attribute("initialize-with"),
        InitializeWithHyphen = attribute("initialize-with-hyphen") != "false",
        NameAsSortOrder = attribute("name-as-sort-order"),
        SortSeparator = attribute("sort-separator") ?? ", ",
        DemoteNonDroppingParticle = attribute("demote-non-dropping-particle") ?? "display-and-sort",
        Affixes = affixes,
        Family = family,
        Given = given,
    };

    private static int Int(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
