using System.Text.Json;

namespace LitTracker.Metadata.PubMed;

/// <summary>
/// Maps esummary JSON (<c>retmode=json</c>): <c>{"result":{"uids":[…],"&lt;uid&gt;":{…}}}</c>. A
/// top-level <c>error</c> or <c>esummaryresult</c> message becomes
/// <see cref="MappingStatus.ServiceError"/>; a uid with its own <c>error</c> is skipped with an issue.
/// </summary>
public static class ESummaryJsonMapper
{
    /// <summary>Maps a JSON body.</summary>
    public static MappingResult Map(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return MappingResult.Invalid(new MetadataIssue("NCBI sent an empty body. Retry the request."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return MappingResult.Invalid(new MetadataIssue("NCBI's answer is not valid JSON (truncated or an HTML error page). Retry the request.", e.LineNumber is long l ? (int)l + 1 : null, e.BytePositionInLine is long c ? (int)c + 1 : null));
        }

        using (document)
        {
            var root = document.RootElement;
            var serviceError = JsonValues.Text(root, "error") ?? JsonValues.Texts(root, "esummaryresult").FirstOrDefault();
            if (serviceError is not null)
            {
                return MappingResult.ServiceError($"NCBI reported: {serviceError}. Check the request (db, id, api_key) or slow down.");
            }

            if (JsonValues.Property(root, "result") is not { ValueKind: JsonValueKind.Object } result)
            {
                var kind = JsonValues.Property(root, "header") is { } header ? JsonValues.Text(header, "type") : null;
                return MappingResult.Invalid(new MetadataIssue(kind is null
                    ? "This JSON is not an esummary result (no \"result\" object). Check the E-utilities URL."
                    : $"This is a \"{kind}\" document, not an esummary result. NCBI serves efetch only as XML: use retmode=xml and the XML mapper."));
            }

            var sources = new List<MappedSource>();
            var issues = new List<MetadataIssue>();
            foreach (var uid in JsonValues.Texts(result, "uids"))
            {
                if (JsonValues.Property(result, uid) is not { ValueKind: JsonValueKind.Object } summary)
                {
                    issues.Add(new MetadataIssue($"uid {uid} is listed but has no summary; it was skipped."));
                    continue;
                }

                if (ESummaryFields.Map(Read(uid, summary), issues) is { } mapped)
                {
                    sources.Add(mapped);
                }
            }

            return MappingResult.FromRecords(sources, issues, "PubMed returned no summaries for these ids. Check the PMIDs.");
        }
    }

    private static ESummaryRecord Read(string uid, JsonElement s) => new()
    {
        Uid = uid,
        Error = JsonValues.Text(s, "error"),
        Title = JsonValues.Text(s, "title"),
        Authors = [.. JsonValues.Array(s, "authors").Select(a => (JsonValues.Text(a, "name"), JsonValues.Text(a, "authtype")))
            .Where(a => a.Item1 is not null).Select(a => (a.Item1!, a.Item2))],
        Source = JsonValues.Text(s, "source"),
        FullJournalName = JsonValues.Text(s, "fulljournalname"),
        PubDate = JsonValues.Text(s, "pubdate"),
        EPubDate = JsonValues.Text(s, "epubdate"),
        Volume = JsonValues.Text(s, "volume"),
        Issue = JsonValues.Text(s, "issue"),
        Pages = JsonValues.Text(s, "pages"),
        ArticleIds = [.. JsonValues.Array(s, "articleids").Select(i => (JsonValues.Text(i, "idtype"), JsonValues.Text(i, "value")))
            .Where(i => i.Item1 is not null && i.Item2 is not null).Select(i => (i.Item1!, i.Item2!))],
        PubTypes = [.. JsonValues.Texts(s, "pubtype")],
        References = [.. JsonValues.Array(s, "references").Select(r => (JsonValues.Text(r, "reftype"), JsonValues.Text(r, "refsource"), JsonValues.Text(r, "pmid")))],
        ELocationId = JsonValues.Text(s, "elocationid"),
        BookTitle = JsonValues.Text(s, "booktitle"),
        PublisherName = JsonValues.Text(s, "publishername"),
    };
}
