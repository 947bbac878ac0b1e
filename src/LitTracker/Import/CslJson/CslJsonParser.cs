using System.Text.Json;

namespace LitTracker.Import.CslJson;

/// <summary>
/// Reads CSL-JSON: an array of items, a single item (Crossref content negotiation), or a
/// Crossref REST response (<c>{"message": {...}}</c> or <c>{"message": {"items": [...]}}</c>).
/// Both CSL and Crossref type names are understood (<c>article-journal</c>, <c>journal-article</c>).
/// </summary>
/// <remarks>
/// Array elements are cut out one at a time and each is parsed with System.Text.Json on its
/// own, so memory holds one item, a malformed item costs only itself, and issues carry the line
/// the item starts on. A single top-level object is parsed whole.
/// </remarks>
public sealed class CslJsonParser : ISourceParser
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.CslJson;

    /// <inheritdoc />
    public IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(reader, file, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(TextReader reader, string file, Action<ImportIssue>? report)
    {
        foreach (var item in new JsonItemSplitter(reader, file, report).Items())
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(item.Text, Options);
            }
            catch (JsonException ex)
            {
                var line = item.Line + (int)(ex.LineNumber ?? 0);
                report?.Invoke(new ImportIssue(file, line, null, null, ImportSeverity.Error,
                    $"The item starting at line {item.Line} is not valid JSON and was skipped ({FirstSentence(ex.Message)}). Fix the JSON syntax there."));
                continue;
            }

            using (document)
            {
                foreach (var (element, line) in Unwrap(document.RootElement, item.Line))
                {
                    yield return CslJsonMapper.Map(element, file, line);
                }
            }
        }
    }

    private static IEnumerable<(JsonElement Item, int Line)> Unwrap(JsonElement root, int line)
    {
        if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("type", out _)
            && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object)
        {
            if (message.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in items.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    yield return (element, line);
                }

                yield break;
            }

            yield return (message, line);
            yield break;
        }

        yield return (root, line);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
