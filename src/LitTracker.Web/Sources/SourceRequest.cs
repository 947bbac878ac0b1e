using System.Globalization;
using LitTracker.Sources;
using LitTracker.Web.Errors;

namespace LitTracker.Web.Sources;

/// <summary>
/// A source to create, or the new state of one to update. Vocabulary fields take the kebab-case
/// words (<c>journal-article</c>, <c>randomised-controlled-trial</c>, <c>human</c>); authors are in
/// the Vancouver short form ("van Wijnen AJ") or an organisation name.
/// </summary>
public sealed record SourceRequest(
    string? Title,
    string? Key = null,
    string? Type = null,
    string? Design = null,
    string? Population = null,
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
    string? AccessedOn = null,
    string? Publisher = null,
    string? Abstract = null,
    string? Note = null)
{
    /// <summary>The library's draft, or null with the field errors recorded.</summary>
    public SourceDraft? ToDraft(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add("title", "A source needs a title.");
        }

        errors.MaxLength("title", Title, 2000);
        errors.MaxLength("abstract", Abstract, 20000);
        errors.MaxLength("note", Note, 4000);
        foreach (var (field, value) in new[] { ("key", Key), ("container", Container), ("containerAbbreviation", ContainerAbbreviation), ("volume", Volume), ("issue", Issue), ("pages", Pages), ("doi", Doi), ("pmid", Pmid), ("pmcid", Pmcid), ("url", Url), ("publisher", Publisher) })
        {
            errors.MaxLength(field, value, 1000);
        }

        if (Authors is { Count: > 500 })
        {
            errors.Add("authors", "At most 500 authors.");
        }

        if (Url is not null && !LitTracker.Reports.Text.Html.IsSafeLink(Url))
        {
            errors.Add("url", "url must be an absolute http or https address.");
        }

        DateOnly? accessed = null;
        if (AccessedOn is not null)
        {
            if (DateOnly.TryParseExact(AccessedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                accessed = date;
            }
            else
            {
                errors.Add("accessedOn", $"'{AccessedOn}' is not a date: use yyyy-MM-dd.");
            }
        }

        var type = errors.Word<SourceType>("type", Type) ?? SourceType.JournalArticle;
        var design = errors.Word<StudyDesign>("design", Design) ?? StudyDesign.Unspecified;
        var population = errors.Word<Population>("population", Population) ?? LitTracker.Sources.Population.Unspecified;
        if (!errors.IsEmpty)
        {
            return null;
        }

        return new SourceDraft(
            Title!, Key, type, design, population, Authors, Container, ContainerAbbreviation, Year, Month, Volume, Issue, Pages,
            Doi, Pmid, Pmcid, Url, accessed, Publisher, Abstract, Note);
    }
}
