using System.Globalization;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Cli.Commands;

/// <summary>The JSON shape of a source in <c>sources list|show --format json</c>.</summary>
internal sealed record SourceJson(
    int Id,
    string Key,
    string Type,
    string Design,
    string Population,
    IReadOnlyList<string> Authors,
    bool AuthorsIncomplete,
    string Title,
    string? Journal,
    string? JournalAbbreviation,
    string? Date,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    string? Pmcid,
    string? Url,
    bool Retracted,
    IReadOnlyList<NoticeJson> Notices,
    IReadOnlyDictionary<string, string> Provenance)
{
    /// <summary>The JSON name of a field in <see cref="Provenance"/>: the name of the property that holds it.</summary>
    public static string FieldName(SourceField field) => field switch
    {
        SourceField.Container => "journal",
        SourceField.ContainerAbbreviation => "journalAbbreviation",
        SourceField.DesignDetail => "designDetail",
        _ => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field.ToString()),
    };

    public static SourceJson From(Source s) => new(
        s.Id,
        s.Key,
        VocabularyNames.Name(s.Type),
        VocabularyNames.Name(s.Design),
        VocabularyNames.Name(s.Population),
        s.Authors.Select(a => a.ToString()).ToList(),
        s.AuthorsIncomplete,
        s.Title,
        s.Container,
        s.ContainerAbbreviation,
        s.Year is null ? null : string.Join('-', new[] { s.Year, s.Month, s.Day }.TakeWhile(p => p is not null).Select((p, i) => i == 0 ? p!.Value.ToString(CultureInfo.InvariantCulture) : p!.Value.ToString("00", CultureInfo.InvariantCulture))),
        s.Volume,
        s.Issue,
        s.Pages,
        s.Doi?.Value,
        s.Pmid?.ToString(),
        s.Pmcid?.Value,
        s.Url,
        s.IsRetracted,
        s.Notices.Select(n => new NoticeJson(VocabularyNames.Name(n.Type), n.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n.NoticeDoi?.Value, n.Origin)).ToList(),
        s.Provenance.Where(p => p.Value != FieldOrigin.Unspecified).OrderBy(p => p.Key).ToDictionary(p => FieldName(p.Key), p => VocabularyNames.Name(p.Value)));
}

/// <summary>A notice in source JSON.</summary>
internal sealed record NoticeJson(string Type, string? Date, string? NoticeDoi, string Origin);
