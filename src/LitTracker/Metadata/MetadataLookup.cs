using LitTracker.Metadata.Cache;
using LitTracker.Metadata.Crossref;
using LitTracker.Metadata.PubMed;
using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// Looks a DOI and/or PMID up in Crossref and PubMed and combines the answers field by field.
/// PubMed's value wins for the fields NLM curates (authors, title, journal and abbreviation, date,
/// pages, design, population, abstract); Crossref's for type, URL and publisher; either fills what
/// the other leaves blank. Notices from both are united.
/// </summary>
internal sealed class MetadataLookup(IMetadataRegistries registries, bool crossLookups)
{
    private static readonly HashSet<SourceField> CrossrefFirst = [SourceField.Type, SourceField.Url, SourceField.Publisher];

    public async Task<LookupResult> LookupAsync(Doi? doi, Pmid? pmid, CancellationToken ct)
    {
        var result = new LookupResult();
        var failures = new List<MappingResult>();
        MappedSource? crossref = null;
        MappedSource? pubmed = null;

        if (doi is { } d)
        {
            crossref = await CrossrefAsync(d, result, failures, ct).ConfigureAwait(false);
        }

        if (pmid is { } p)
        {
            pubmed = await PubMedAsync(p, result, failures, ct).ConfigureAwait(false);
        }

        if (crossLookups && doi is { } searchDoi && pmid is null)
        {
            if (await SearchAsync(searchDoi, result, ct).ConfigureAwait(false) is { } found)
            {
                var crossFailures = new List<MappingResult>();
                pubmed = await PubMedAsync(found, result, crossFailures, ct).ConfigureAwait(false);
                result.Warnings.AddRange(crossFailures.SelectMany(f => f.Issues).Select(i => $"PubMed lookup of {found} failed: {i}"));
                if (pubmed is not null && pubmed.Source.Doi is { } pubmedDoi && pubmedDoi != searchDoi)
                {
                    result.Warnings.Add($"PubMed record {found} has DOI {pubmedDoi}, not {searchDoi}; it was not used.");
                    pubmed = null;
                }
            }
        }

        if (crossLookups && doi is null && pubmed?.Source.Doi is { } linkedDoi)
        {
            var before = failures.Count;
            crossref = await CrossrefAsync(linkedDoi, result, failures, ct).ConfigureAwait(false);
            if (failures.Count > before)
            {
                result.Warnings.Add($"Crossref lookup of {linkedDoi} failed: {(failures[^1].Issues.Count > 0 ? failures[^1].Issues[0].Message : "no answer")}");
                failures.RemoveAt(failures.Count - 1);
            }
        }

        if (crossref is null && pubmed is null)
        {
            result.NotFound = failures.Count > 0 && failures.All(f => f.Status == MappingStatus.NotFound);
            result.Failure = string.Join(" ", failures.SelectMany(f => f.Issues).Select(i => i.ToString()).Distinct(StringComparer.Ordinal));
            if (result.Failure.Length == 0)
            {
                result.Failure = "Neither Crossref nor PubMed has a record for this identifier.";
            }

            return result;
        }

        // The registry the user named failed, but the other knows the work: use it, and say so.
        result.Warnings.AddRange(failures.SelectMany(f => f.Issues).Select(i => i.ToString()));
        result.Source = Combine(pubmed, crossref, result.Provenance);
        foreach (var mapped in new[] { pubmed, crossref }.OfType<MappedSource>())
        {
            result.Warnings.AddRange(mapped.Warnings.Select(w => w.ToString()));
            var origin = mapped.Origin == FieldOrigin.PubMed ? NoticeOrigins.PubMed : NoticeOrigins.Crossref;
            result.NoticeFor.AddRange(mapped.NoticeFor.Select(t => (t, origin)));
        }

        return result;
    }

    private async Task<MappedSource?> CrossrefAsync(Doi doi, LookupResult result, List<MappingResult> failures, CancellationToken ct)
    {
        var response = await registries.CrossrefWorkAsync(doi, ct).ConfigureAwait(false);
        var mapped = response.Map(CrossrefWorkMapper.Map, "Crossref");
        if (mapped.Status == MappingStatus.Mapped && mapped.Sources.FirstOrDefault(s => s.Source.Doi == doi) is { } work)
        {
            result.Responses.Add((CacheServices.Crossref, doi.Value, response));
            return work;
        }

        failures.Add(mapped.Status == MappingStatus.Mapped
            ? MappingResult.Invalid(new MetadataIssue($"Crossref answered with another work than {doi}."))
            : mapped);
        return null;
    }

    private async Task<MappedSource?> PubMedAsync(Pmid pmid, LookupResult result, List<MappingResult> failures, CancellationToken ct)
    {
        var response = await registries.PubMedRecordAsync(pmid, ct).ConfigureAwait(false);
        var mapped = response.Map(PubMedXmlMapper.Map, "PubMed");
        if (mapped.Status == MappingStatus.Mapped && mapped.Sources.FirstOrDefault(s => s.Source.Pmid == pmid) is { } record)
        {
            result.Responses.Add((CacheServices.PubMed, pmid.ToString(), response));
            return record;
        }

        var failure = mapped.Status == MappingStatus.Mapped
            ? MappingResult.NotFound($"PubMed answered without record {pmid}. Check the PMID; a record may have been deleted or merged.")
            : mapped;
        failures.Add(failure);
        return null;
    }

    private async Task<Pmid?> SearchAsync(Doi doi, LookupResult result, CancellationToken ct)
    {
        var response = await registries.PubMedSearchAsync(doi, ct).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            // Offline, a DOI never looked up in PubMed is simply not cached: nothing to report.
            if (registries.IsOnline)
            {
                result.Warnings.Add($"PubMed search for {doi} failed: {response.Failure ?? $"HTTP {response.StatusCode}"}");
            }

            return null;
        }

        var ids = ESearchXml.Ids(response.Body, out var issue);
        if (ids is null)
        {
            result.Warnings.Add($"PubMed search for {doi} failed: {issue}");
            return null;
        }

        result.Responses.Add((CacheServices.PubMedDoiSearch, doi.Value, response));
        return ids.Count == 1 ? ids[0] : null;
    }

    private static Source Combine(MappedSource? pubmed, MappedSource? crossref, Dictionary<SourceField, FieldOrigin> provenance)
    {
        var combined = new Source();
        foreach (var field in SourceFieldValues.All)
        {
            if (field == SourceField.Notices)
            {
                foreach (var mapped in new[] { pubmed, crossref }.OfType<MappedSource>())
                {
                    if (SourceMerger.AddNotices(combined, mapped.Source.Notices) > 0)
                    {
                        provenance.TryAdd(SourceField.Notices, mapped.Origin);
                    }
                }

                continue;
            }

            var order = CrossrefFirst.Contains(field) ? new[] { crossref, pubmed } : [pubmed, crossref];
            if (order.OfType<MappedSource>().FirstOrDefault(m => m.FilledFields.Contains(field)) is { } from)
            {
                SourceFieldValues.Copy(from.Source, combined, field);
                provenance[field] = from.Origin;
            }
        }

        return combined;
    }
}
