using LitTracker.Sources;

namespace LitTracker.Tests.Reports.Vancouver;

/// <summary>Hand-written sources for formatter tests.</summary>
internal static class VancouverSources
{
    public static Source Journal(params Author[] authors) => new()
    {
        Key = "key2019",
        Type = SourceType.JournalArticle,
        Authors = [.. authors],
        Title = "Platelet-rich plasma for knee osteoarthritis",
        Container = "Pain Medicine",
        ContainerAbbreviation = "Pain Med",
        Year = 2019,
        Month = 3,
        Day = 5,
        Volume = "20",
        Issue = "3",
        Pages = "525-538",
        Doi = Doi.Parse("10.1093/pm/pny256"),
    };

    public static Author Person(string family, string given) => new(family, given);
}
