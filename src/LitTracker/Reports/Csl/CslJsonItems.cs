using System.Globalization;
using System.Text.Json;
using LitTracker.Import;
using LitTracker.Import.CslJson;

namespace LitTracker.Reports.Csl;

/// <summary>
/// Reads CSL-JSON straight into <see cref="CslItem"/>s, keeping every variable (not just what a
/// <see cref="Sources.Source"/> holds), so the processor sees what citeproc-js would see.
/// </summary>
public static class CslJsonItems
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly HashSet<string> NameVariables = new(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    };

    private static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>Reads an array of items, or a single item.</summary>
    public static CslItemsResult Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        var all = reader.ReadToEnd();
        try
        {
            using var whole = JsonDocument.Parse(all, Options);
            if (FromArray(whole) is { } result)
            {
                return result;
            }
        }
        catch (JsonException)
        {
        }

        return ReadItemByItem(all, file);
    }

    /// <summary>
    /// Reads UTF-8 CSL-JSON from a stream (a file): the bytes are parsed as they are, without first
    /// building a string of the whole file (twice the file's size) and transcoding it back.
    /// </summary>
    public static CslItemsResult Read(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        var start = stream.CanSeek ? stream.Position : -1;
        if (start >= 0)
        {
            try
            {
                using var whole = JsonDocument.Parse(stream, Options);
                if (FromArray(whole) is { } result)
                {
                    return result;
                }
            }
            catch (JsonException)
            {
            }

            stream.Position = start;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, file);
    }

    // Fast path: a well-formed array is parsed in one go.
    private static CslItemsResult? FromArray(JsonDocument whole)
    {
        if (whole.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new List<CslItem>(whole.RootElement.GetArrayLength());
        foreach (var element in whole.RootElement.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                items.Add(FromJson(element, items.Count + 1));
            }
        }

        return new CslItemsResult(items, []);
    }

    // A broken file (or a single item) is split item by item, so that one bad record costs only
    // itself and issues carry its line.
    private static CslItemsResult ReadItemByItem(string all, string file)
    {
        var items = new List<CslItem>();
        var issues = new List<ImportIssue>();
        foreach (var text in new JsonItemSplitter(new StringReader(all), file, issues.Add).Items())
        {
            try
            {
                using var document = JsonDocument.Parse(text.Text, Options);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message) && !root.TryGetProperty("type", out _))
                {
                    root = message;
                }

                if (root.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(new ImportIssue(file, text.Line, text.Column, null, ImportSeverity.Error, "Expected a CSL-JSON item (an object); this entry was skipped."));
                    continue;
                }

                items.Add(FromJson(root, items.Count + 1));
            }
            catch (JsonException ex)
            {
                issues.Add(new ImportIssue(file, text.Line + (int)(ex.LineNumber ?? 0), null, null, ImportSeverity.Error,
                    $"The item starting at line {text.Line} is not valid JSON and was skipped. Fix the JSON syntax there."));
            }
        }

        return new CslItemsResult(items, issues);
    }

    /// <summary>Maps one CSL-JSON object; <paramref name="position"/> names items without an id.</summary>
    public static CslItem FromJson(JsonElement element, int position)
    {
        var id = Scalar(element, "id") ?? "item-" + position.ToString(CultureInfo.InvariantCulture);
        var type = Scalar(element, "type") ?? "article";
        var item = new CslItem(id, type switch
        {
            "journal-article" => "article-journal",
            "book-chapter" => "chapter",
            "posted-content" => "article",
            "proceedings-article" => "paper-conference",
            _ => type,
        });
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name is "id" or "type")
            {
                continue;
            }

            if (NameVariables.Contains(name))
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    item.SetNames(name, property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(Name).OfType<CslName>().ToList());
                }
            }
            else if (DateVariables.Contains(name))
            {
                item.SetDate(name, Date(property.Value));
            }
            else
            {
                var value = ScalarValue(property.Value);
                item.Set(name switch { "shortTitle" => "title-short", "journalAbbreviation" => "container-title-short", _ => name }, value);
            }
        }

        return item;
    }

    private static CslName? Name(JsonElement name)
    {
        var literal = Scalar(name, "literal");
        var family = Scalar(name, "family");
        var given = Scalar(name, "given");
        if (family is null && literal is null)
        {
            return given is null ? null : new CslName(given);
        }

        if (family is null)
        {
            return new CslName(null, Literal: literal);
        }

        var nonDropping = Scalar(name, "non-dropping-particle");
        var dropping = Scalar(name, "dropping-particle");
        if (nonDropping is null && Scalar(name, "parse-names") != "false")
        {
            (nonDropping, family) = SplitParticle(family);
        }

        return new CslName(family, given, dropping, nonDropping, Scalar(name, "suffix"))
        {
            CommaSuffix = name.TryGetProperty("comma-suffix", out var comma) && comma.ValueKind is JsonValueKind.True,
            StaticOrdering = name.TryGetProperty("static-ordering", out var order) && order.ValueKind is JsonValueKind.True,
        };
    }

    // "von und zum Jones": leading lower-case words are the non-dropping particle.
    private static (string? Particle, string Family) SplitParticle(string family)
    {
        var cut = -1;
        for (var i = 0; i < family.Length; i++)
        {
            if (family[i] == ' ' && i + 1 < family.Length)
            {
                var word = family[(cut + 1)..i];
                if (word.Length == 0 || !char.IsLower(word[0]))
                {
                    break;
                }

                cut = i;
            }
        }

        return cut > 0 ? (family[..cut], family[(cut + 1)..]) : (null, family);
    }

    private static CslDate? Date(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return ParseRaw(value.GetString());
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var circa = value.TryGetProperty("circa", out var c) && (c.ValueKind == JsonValueKind.True || c.ValueKind is JsonValueKind.Number or JsonValueKind.String && Scalar(value, "circa") is not ("0" or "false"));
        var season = int.TryParse(Scalar(value, "season"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (value.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var from = Parts(parts[0]);
            CslDateParts? to = parts.GetArrayLength() > 1 ? Parts(parts[1]) : null;
            if (!from.IsEmpty)
            {
                return new CslDate(from, to is { IsEmpty: false } ? to : null) { Circa = circa, Season = season };
            }
        }

        if (Scalar(value, "raw") is { } raw && ParseRaw(raw) is { } parsed)
        {
            return parsed with { Circa = circa, Season = season };
        }

        return Scalar(value, "literal") is { } literal ? new CslDate(default, null, literal) { Circa = circa } : null;
    }

    private static CslDate? ParseRaw(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var pieces = raw.Trim().Split('-', '/');
        var numbers = new int[3];
        for (var i = 0; i < pieces.Length && i < 3; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return new CslDate(default, null, raw.Trim());
            }
        }

        return new CslDate(new CslDateParts(numbers[0], numbers[1], numbers[2]));
    }

    private static CslDateParts Parts(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return default;
        }

        Span<int> values = stackalloc int[3];
        var k = 0;
        foreach (var part in array.EnumerateArray())
        {
            if (k == 3)
            {
                break;
            }

            values[k++] = part.ValueKind switch
            {
                JsonValueKind.Number when part.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(part.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                _ => 0,
            };
        }

        return new CslDateParts(values[0], values[1], values[2]);
    }

    /// <summary>A string, number, or the first string of an array (Crossref's titles), else null.</summary>
    private static string? Scalar(JsonElement obj, string name)
    {
        return obj.TryGetProperty(name, out var v) ? ScalarValue(v) : null;
    }

    private static string? ScalarValue(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Array)
        {
            var first = default(JsonElement);
            foreach (var e in v.EnumerateArray())
            {
                if (e.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    first = e;
                    break;
                }
            }

            v = first;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }
}
