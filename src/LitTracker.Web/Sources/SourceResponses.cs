using LitTracker.Grading;
using LitTracker.Reports.Bibliography;
using LitTracker.Reports.Text;
using LitTracker.Sources;

namespace LitTracker.Web.Sources;

/// <summary>A source in a list.</summary>
public sealed record SourceSummary(int Id, string Key, string Title, string? Container, int? Year, string Type, string Design, string Population, string? Doi, string? Pmid, bool Retracted);

/// <summary>An editorial notice on a source.</summary>
public sealed record NoticeResponse(string Type, DateOnly? Date, string? Doi, string Origin, string? Reason);

/// <summary>A source with every field, its notices, field provenance and its Vancouver rendering.</summary>
public sealed record SourceDetail(
    int Id,
    string Key,
    string Type,
    string Design,
    string? DesignDetail,
    string Population,
    IReadOnlyList<string> Authors,
    bool AuthorsIncomplete,
    string Title,
    string? Container,
    string? ContainerAbbreviation,
    int? Year,
    int? Month,
    int? Day,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    string? Pmcid,
    string? Url,
    DateOnly? AccessedOn,
    string? Publisher,
    string? Abstract,
    string? Note,
    bool Retracted,
    string StartingGrade,
    IReadOnlyList<NoticeResponse> Notices,
    IReadOnlyDictionary<string, string> Provenance,
    string Vancouver);

/// <summary>Maps sources to the records the API returns.</summary>
public static class SourceResponses
{
    /// <summary>The list form.</summary>
    public static SourceSummary Summary(Source s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Key, s.Title, s.Container, s.Year, VocabularyNames.Name(s.Type), VocabularyNames.Name(s.Design), VocabularyNames.Name(s.Population), s.Doi?.ToString(), s.Pmid?.ToString(), s.IsRetracted);
    }

    /// <summary>The full form.</summary>
    public static SourceDetail Detail(Source s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Id, s.Key, VocabularyNames.Name(s.Type), VocabularyNames.Name(s.Design), s.DesignDetail, VocabularyNames.Name(s.Population),
            s.Authors.Select(a => a.ToString()).ToList(), s.AuthorsIncomplete, s.Title, s.Container, s.ContainerAbbreviation,
            s.Year, s.Month, s.Day, s.Volume, s.Issue, s.Pages, s.Doi?.ToString(), s.Pmid?.ToString(), s.Pmcid?.ToString(), s.Url, s.AccessedOn,
            s.Publisher, s.Abstract, s.Note, s.IsRetracted, VocabularyNames.Name(StartingCertainty.For(s.Design)),
            s.Notices.OrderBy(n => n.Date).Select(n => new NoticeResponse(VocabularyNames.Name(n.Type), n.Date, n.NoticeDoi?.ToString(), n.Origin, n.Reason)).ToList(),
            s.Provenance.OrderBy(p => p.Key).ToDictionary(p => VocabularyNames.Name(p.Key), p => VocabularyNames.Name(p.Value), StringComparer.Ordinal),
            RichTextRenderer.ToPlainText(BibliographyWriter.FormatSource(s)));
    }
}
