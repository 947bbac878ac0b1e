using System.Xml.Linq;
using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>
/// Editorial notices from PubMed: <c>CommentsCorrections</c> links (RetractionIn, ErratumIn,
/// ExpressionOfConcernIn… on the work; RetractionOf, ErratumFor… on the notice) and the
/// "Retracted Publication" publication type when no RetractionIn link names the notice.
/// </summary>
internal static class PubMedNotices
{
    // RefType on the work → the notice it has received.
    private static readonly Dictionary<string, NoticeType> OnWork = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RetractionIn"] = NoticeType.Retraction,
        ["ErratumIn"] = NoticeType.Correction,
        ["PartialRetractionIn"] = NoticeType.Correction,
        ["CorrectedandRepublishedIn"] = NoticeType.Correction,
        ["ExpressionOfConcernIn"] = NoticeType.ExpressionOfConcern,
    };

    // RefType on the notice → what it does to the work it names.
    private static readonly Dictionary<string, NoticeType> OnNotice = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RetractionOf"] = NoticeType.Retraction,
        ["ErratumFor"] = NoticeType.Correction,
        ["PartialRetractionOf"] = NoticeType.Correction,
        ["CorrectedandRepublishedFrom"] = NoticeType.Correction,
        ["ExpressionOfConcernFor"] = NoticeType.ExpressionOfConcern,
    };

    /// <summary>efetch <c>CommentsCorrections</c> elements as (RefType, RefSource, PMID).</summary>
    public static IEnumerable<(string? RefType, string? RefSource, string? Pmid)> Links(IEnumerable<XElement> comments) =>
        comments.Select(c => (NcbiXml.Attribute(c, "RefType"), NcbiXml.Text(c, "RefSource"), NcbiXml.Text(c, "PMID")));

    public static List<Notice> NoticesOn(IReadOnlyCollection<string> publicationTypes, IEnumerable<(string? RefType, string? RefSource, string? Pmid)> links)
    {
        var notices = new List<Notice>();
        foreach (var (rawType, refSource, pmid) in links)
        {
            var refType = Normalise(rawType);
            if (refType is null || !OnWork.TryGetValue(refType, out var type))
            {
                continue;
            }

            var date = PubMedDate.FromText(DatePart(refSource));
            notices.Add(new Notice
            {
                Type = type,
                Date = date is { Month: int m, Day: int d } ? new DateOnly(date.Value.Year, m, d) : null,
                Origin = NoticeOrigins.PubMed,

                // The notice has no DOI here; its citation and PMID are what PubMed gives.
                Reason = $"{refType}: {refSource}{(pmid is null ? string.Empty : $" (PMID {pmid})")}",
            });
        }

        if (PublicationTypes.IsRetracted(publicationTypes) && !notices.Any(n => n.Type == NoticeType.Retraction))
        {
            notices.Add(new Notice { Type = NoticeType.Retraction, Origin = NoticeOrigins.PubMed, Reason = PublicationTypes.RetractedPublication });
        }

        return notices;
    }

    public static List<NoticeTarget> TargetsOf(IReadOnlyCollection<string> publicationTypes, IEnumerable<(string? RefType, string? RefSource, string? Pmid)> links)
    {
        var targets = new List<NoticeTarget>();
        foreach (var (rawType, _, rawPmid) in links)
        {
            var refType = Normalise(rawType);
            if (refType is not null && OnNotice.TryGetValue(refType, out var type) && Pmid.TryParse(rawPmid, out var pmid))
            {
                targets.Add(new NoticeTarget(type, null, pmid, null));
            }
        }

        // A notice whose links are missing still says what it is.
        if (targets.Count == 0 && PublicationTypes.NoticeTypeOfRecord(publicationTypes) is { } recordType)
        {
            targets.Add(new NoticeTarget(recordType, null, null, null));
        }

        return targets;
    }

    // esummary spells link types "Retraction in", efetch "RetractionIn".
    private static string? Normalise(string? refType) => refType?.Replace(" ", string.Empty, StringComparison.Ordinal);

    // "Lancet. 2010 Feb 6;375(9713):445" → "2010 Feb 6".
    private static string? DatePart(string? refSource)
    {
        if (refSource is null)
        {
            return null;
        }

        var dot = refSource.IndexOf(". ", StringComparison.Ordinal);
        var rest = dot >= 0 ? refSource[(dot + 2)..] : refSource;
        var semi = rest.IndexOf(';', StringComparison.Ordinal);
        return semi >= 0 ? rest[..semi] : rest;
    }
}
