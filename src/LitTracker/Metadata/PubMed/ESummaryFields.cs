using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>An <see cref="ESummaryRecord"/> → source.</summary>
internal static partial class ESummaryFields
{
    public static MappedSource? Map(ESummaryRecord r, List<MetadataIssue> issues)
    {
        if (r.Error is not null)
        {
            issues.Add(new MetadataIssue($"PubMed has no summary for id {r.Uid}: {r.Error}. Check the id.", r.Line));
            return null;
        }

        Pmid? pmid = null;
        Pmcid? pmcid = null;
        Doi? doi = null;
        foreach (var (type, value) in r.ArticleIds)
        {
            switch (type.ToLowerInvariant())
            {
                case "pubmed" or "pmid" when pmid is null && Pmid.TryParse(value, out var p): pmid = p; break;
                case "pmc" or "pmcid" when pmcid is null && PmcPattern().Match(value) is { Success: true } m && Pmcid.TryParse(m.Value, out var c): pmcid = c; break;
                case "doi" when doi is null && Doi.TryParse(value, out var d): doi = d; break;
                default: break;
            }
        }

        // In db=pmc summaries the uid is the PMC number, so it is a PMID only when no ids say otherwise.
        if (pmid is null && r.ArticleIds.Count == 0 && Pmid.TryParse(r.Uid, out var uidPmid))
        {
            pmid = uidPmid;
        }

        if (doi is null && r.ELocationId is { } eloc && DoiInText().Match(eloc) is { Success: true } dm && Doi.TryParse(dm.Value, out var ed))
        {
            doi = ed;
        }

        if (pmid is null && doi is null && pmcid is null)
        {
            issues.Add(new MetadataIssue($"The summary for uid {r.Uid} carries no PMID, PMCID or DOI; it was skipped.", r.Line));
            return null;
        }

        var isBook = r.BookTitle is not null && r.Source is null;
        var source = new Source
        {
            Pmid = pmid,
            Pmcid = pmcid,
            Doi = doi,
            Type = isBook ? SourceType.Book : SourceType.JournalArticle,
            Title = MarkupText.Inline(r.Title) ?? MarkupText.Inline(r.BookTitle) ?? string.Empty,
            Design = PublicationTypes.DesignFor(r.PubTypes, r.Title),
            DesignDetail = PublicationTypes.Detail(r.PubTypes),
            Authors = [.. r.Authors.Select(a => IsCollective(a.Type) ? Author.Organisation(a.Name) : PubMedAuthorName.Parse(a.Name))],
            Container = r.FullJournalName ?? r.Source,
            ContainerAbbreviation = r.Source,
            Volume = r.Volume,
            Issue = r.Issue,
            Pages = r.Pages,
            Publisher = r.PublisherName,
            Url = pmid?.Url,
        };

        if ((PubMedDate.FromText(r.PubDate) ?? PubMedDate.FromText(r.EPubDate)) is { } date)
        {
            (source.Year, source.Month, source.Day) = date;
        }

        source.Notices = PubMedNotices.NoticesOn(r.PubTypes, r.References);
        return new MappedSource(source, FieldOrigin.PubMed, PubMedNotices.TargetsOf(r.PubTypes, r.References));
    }

    private static bool IsCollective(string? authType) =>
        authType is not null && authType.Contains("Collective", StringComparison.OrdinalIgnoreCase);

    // esummary writes "pmc-id: PMC12240957;" under idtype pmcid.
    [GeneratedRegex(@"PMC\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmcPattern();

    // elocationid reads "doi: 10.3389/fcvm.2025.1611449" or "pii: e123. doi: 10…".
    [GeneratedRegex(@"10\.\d{4,9}/\S+[^\s.;,]", RegexOptions.CultureInvariant)]
    private static partial Regex DoiInText();
}
