namespace LitTracker.Sources;

/// <summary>
/// A source as a user types it (strings, validated by <see cref="SourceService.AddAsync"/>).
/// Authors are in the Vancouver short form, "van Wijnen AJ", or an organisation name.
/// </summary>
/// <param name="Title">Title (required).</param>
/// <param name="Key">Stable key; generated from first author and year when null.</param>
/// <param name="Type">Publication type.</param>
/// <param name="Design">Study design.</param>
/// <param name="Population">Population studied.</param>
/// <param name="Authors">Authors in order.</param>
/// <param name="Container">Journal or site.</param>
/// <param name="ContainerAbbreviation">NLM abbreviation.</param>
/// <param name="Year">Year.</param>
/// <param name="Month">Month 1-12.</param>
/// <param name="Volume">Volume.</param>
/// <param name="Issue">Issue.</param>
/// <param name="Pages">Pages.</param>
/// <param name="Doi">DOI in any accepted spelling.</param>
/// <param name="Pmid">PMID.</param>
/// <param name="Pmcid">PMCID.</param>
/// <param name="Url">URL.</param>
/// <param name="AccessedOn">Date a web page was consulted.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Abstract">Abstract.</param>
/// <param name="Note">Reviewer's note.</param>
public sealed record SourceDraft(
    string Title,
    string? Key = null,
    SourceType Type = SourceType.JournalArticle,
    StudyDesign Design = StudyDesign.Unspecified,
    Population Population = Population.Unspecified,
    IReadOnlyList<string>? Authors = null,
    string? Container = null,
    string? ContainerAbbreviation = null,
    int? Year = null,
    int? Month = null,
    string? Volume = null,
    string? Issue = null,
    string? Pages = null,
    string? Doi = null,
    string? Pmid = null,
    string? Pmcid = null,
    string? Url = null,
    DateOnly? AccessedOn = null,
    string? Publisher = null,
    string? Abstract = null,
    string? Note = null);
