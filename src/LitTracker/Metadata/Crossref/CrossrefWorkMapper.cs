using System.Text.Json;
using LitTracker.Sources;

namespace LitTracker.Metadata.Crossref;

/// <summary>
/// Maps Crossref REST API bodies to sources: <c>/works/{doi}</c> (<c>message-type</c> "work") and
/// <c>/works?query=</c> ("work-list"). Reads the envelope <c>{"status":"ok","message":{…}}</c>;
/// the 404 body "Resource not found." becomes <see cref="MappingStatus.NotFound"/>; anything that
/// is not such JSON becomes <see cref="MappingStatus.Invalid"/> with the position of the fault.
/// </summary>
/// <remarks>
/// Editorial notices: <c>updated-by</c> (this work has been corrected, retracted…) becomes
/// <see cref="Source.Notices"/> with origin <see cref="NoticeOrigins.Crossref"/>; <c>update-to</c>
/// (this work is itself the notice) becomes <see cref="MappedSource.NoticeFor"/>. Crossref's
/// <c>relation</c> object only links reviews, preprints and versions, so it is not read.
/// </remarks>
public static class CrossrefWorkMapper
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <summary>Maps a response body (the text exactly as received).</summary>
    public static MappingResult Map(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var trimmed = body.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return MappingResult.Invalid(new MetadataIssue("Crossref sent an empty body. Retry later; if it persists, check the DOI on https://search.crossref.org."));
        }

        if (trimmed[0] != '{')
        {
            return trimmed.StartsWith("Resource not found", StringComparison.OrdinalIgnoreCase)
                ? MappingResult.NotFound("Crossref has no record of this DOI. Check it for typos, or try PubMed or the publisher's page (DataCite DOIs are not in Crossref).")
                : MappingResult.Invalid(new MetadataIssue($"Crossref sent text, not JSON: \"{Excerpt(trimmed)}\". Retry later; if it persists, report it with the DOI."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? (int)l + 1 : (int?)null;
            var column = e.BytePositionInLine is long c ? (int)c + 1 : (int?)null;
            return MappingResult.Invalid(new MetadataIssue("Crossref's answer is not valid JSON (truncated or damaged in transit). Retry the request.", line, column));
        }

        using (document)
        {
            return MapEnvelope(document.RootElement);
        }
    }

    private static MappingResult MapEnvelope(JsonElement root)
    {
        var status = JsonValues.Text(root, "status");
        if (!string.Equals(status, "ok", StringComparison.Ordinal))
        {
            var detail = JsonValues.Array(root, "message")
                .Select(m => JsonValues.Text(m, "message") ?? JsonValues.AsText(m))
                .OfType<string>()
                .FirstOrDefault() ?? JsonValues.Text(root, "message");
            return status is null
                ? MappingResult.Invalid(new MetadataIssue("This JSON is not a Crossref API envelope (no \"status\"). Check the URL: expected /works/{doi}."))
                : MappingResult.ServiceError($"Crossref answered status \"{status}\"{(detail is null ? string.Empty : ": " + detail)}. Fix the request or retry later.");
        }

        if (JsonValues.Property(root, "message") is not { ValueKind: JsonValueKind.Object } message)
        {
            return MappingResult.Invalid(new MetadataIssue("Crossref's answer has no \"message\" object. Retry the request."));
        }

        var messageType = JsonValues.Text(root, "message-type");
        switch (messageType)
        {
            case "work" or null when JsonValues.Property(message, "DOI") is not null:
                return MapOne(message, 0, out var issue) is { } source
                    ? MappingResult.Mapped([source])
                    : MappingResult.Invalid(issue!);
            case "work-list":
                return MapList(message);
            default:
                return MappingResult.Invalid(new MetadataIssue($"Crossref sent a \"{messageType}\" message, not a work. Use /works/{{doi}} for one work."));
        }
    }

    private static MappingResult MapList(JsonElement message)
    {
        var sources = new List<MappedSource>();
        var issues = new List<MetadataIssue>();
        var index = 0;
        foreach (var item in JsonValues.Array(message, "items"))
        {
            index++;
            if (MapOne(item, index, out var issue) is { } source)
            {
                sources.Add(source);
            }
            else
            {
                issues.Add(issue!);
            }
        }

        return MappingResult.FromRecords(sources, issues, "Crossref found no works for this query.");
    }

    private static MappedSource? MapOne(JsonElement work, int index, out MetadataIssue? issue)
    {
        var where = index == 0 ? "The work" : $"Item {index}";
        if (work.ValueKind != JsonValueKind.Object)
        {
            issue = new MetadataIssue($"{where} is not a JSON object; it was skipped.");
            return null;
        }

        if (!Doi.TryParse(JsonValues.Text(work, "DOI"), out var doi))
        {
            issue = new MetadataIssue($"{where} has no valid DOI (\"{JsonValues.Text(work, "DOI")}\"); it was skipped.", Field: "DOI");
            return null;
        }

        issue = null;
        return CrossrefWorkFields.ToMappedSource(work, doi);
    }

    private static string Excerpt(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");
}
