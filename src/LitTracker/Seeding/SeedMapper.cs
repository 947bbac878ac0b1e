using System.Globalization;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Seeding;

/// <summary>Maps seed records to entities, naming file, record and field in every error.</summary>
internal static class SeedMapper
{
    public static Source ToSource(SeedSource s)
    {
        var where = $"seed/sources.json: source '{s.Key}'";
        return new Source
        {
            Key = s.Key,
            Type = Enum<SourceType>(s.Type, where, "type"),
            Design = Enum<StudyDesign>(s.Design, where, "design"),
            DesignDetail = s.DesignDetail,
            Population = Enum<Population>(s.Population, where, "population"),
            Authors = (s.Authors ?? []).Select(a => new Author(a.Family, a.Given, a.Literal)).ToList(),
            AuthorsIncomplete = s.AuthorsIncomplete,
            Title = s.Title,
            Container = s.Container,
            ContainerAbbreviation = s.ContainerAbbreviation,
            Year = s.Year,
            Month = s.Month,
            Day = s.Day,
            Volume = s.Volume,
            Issue = s.Issue,
            Pages = s.Pages,
            Doi = s.Doi is null ? null : ParseDoi(s.Doi, where, "doi"),
            Pmid = s.Pmid is null ? null : (Sources.Pmid.TryParse(s.Pmid, out var pmid) ? pmid : throw Bad(where, "pmid", s.Pmid)),
            Pmcid = s.Pmcid is null ? null : (Sources.Pmcid.TryParse(s.Pmcid, out var pmcid) ? pmcid : throw Bad(where, "pmcid", s.Pmcid)),
            Url = s.Url,
            AccessedOn = Date(s.AccessedOn, where, "accessedOn"),
            Publisher = s.Publisher,
            Note = s.Note,
            Notices = (s.Notices ?? []).Select(n => new Notice
            {
                Type = Enum<NoticeType>(n.Type, where, "notices.type"),
                Date = Date(n.Date, where, "notices.date"),
                NoticeDoi = n.NoticeDoi is null ? null : ParseDoi(n.NoticeDoi, where, "notices.noticeDoi"),
                Origin = n.Origin,
                Reason = n.Reason,
            }).ToList(),
        };
    }

    public static Claim ToClaim(SeedClaim c, string articleKey) => new()
    {
        Key = c.Key,
        Text = c.Text,
        Locator = c.Locator,
        Category = c.Category,
        Wording = Enum<WordingStrength>(c.Wording, $"seed/articles.json: article '{articleKey}' claim '{c.Key}'", "wording"),
        Absolute = c.Absolute,
        VagueAttribution = c.VagueAttribution,
    };

    public static Citation ToCitation(SeedCitation c, int claimId, int sourceId, string by, DateTime at)
    {
        var where = $"seed/citations.json: citation {c.Claim} ← {c.Source}";
        return new Citation
        {
            ClaimId = claimId,
            SourceId = sourceId,
            Origin = Enum<CitationOrigin>(c.Origin, where, "origin"),
            Stance = Enum<Stance>(c.Stance, where, "stance"),
            Grade = Enum<Certainty>(c.Grade, where, "grade"),
            Outcome = c.Outcome is null ? Outcome.Unspecified : Enum<Outcome>(c.Outcome, where, "outcome"),
            Locator = c.Locator,
            Rationale = c.Rationale,
            By = by,
            At = at,
            Version = 1,
        };
    }

    public static DateOnly? Date(string? text, string where, string field) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidDataException($"{where}: field '{field}': '{text}' is not a date (yyyy-MM-dd).");

    private static T Enum<T>(string text, string where, string field)
        where T : struct, System.Enum =>
        VocabularyNames.TryParse<T>(text, out var value)
            ? value
            : throw new InvalidDataException($"{where}: field '{field}': '{text}' is not one of {string.Join(", ", VocabularyNames.Names<T>())}.");

    private static Doi ParseDoi(string text, string where, string field) =>
        Sources.Doi.TryParse(text, out var doi) ? doi : throw Bad(where, field, text);

    private static InvalidDataException Bad(string where, string field, string text) =>
        new($"{where}: field '{field}': '{text}' is not valid.");
}
