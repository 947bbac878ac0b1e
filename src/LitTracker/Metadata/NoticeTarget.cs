using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// The work a mapped record is itself a notice about: a retraction notice, erratum or expression
/// of concern names the paper it updates (Crossref <c>update-to</c>, PubMed <c>RetractionOf</c>…).
/// </summary>
/// <param name="Type">What kind of notice the record is.</param>
/// <param name="Doi">DOI of the updated work, when given.</param>
/// <param name="Pmid">PMID of the updated work, when given.</param>
/// <param name="Date">Date of the update, when given.</param>
public sealed record NoticeTarget(NoticeType Type, Doi? Doi, Pmid? Pmid, DateOnly? Date);
