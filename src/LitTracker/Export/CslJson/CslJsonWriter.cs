using System.Text.Encodings.Web;
using System.Text.Json;
using LitTracker.Sources;

namespace LitTracker.Export.CslJson;

/// <summary>
/// Writes a CSL-JSON array (CSL 1.0.2 variables). Not built on <c>Reports.Csl.CslSourceMapper</c>:
/// that mapper prepares sources for display (it expands compact initials and falls back from the
/// journal to its abbreviation), which would not import back unchanged.
/// </summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the sources as one JSON array.</summary>
    public static void Write(TextWriter writer, IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var s in sources)
            {
                WriteItem(json, s);
                if (buffer.Length > 1 << 20)
                {
                    // Keep memory flat for large exports: hand finished items to the writer as we go.
                    json.Flush();
                    writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    buffer.SetLength(0);
                }
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void WriteItem(Utf8JsonWriter json, Source s)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Key.Length > 0 ? s.Key : "source" + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("type", TypeOf(s.Type));
        Str(json, "title", s.Title);
        if (s.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in s.Authors)
            {
                WriteName(json, author);
            }

            json.WriteEndArray();
        }

        Str(json, "container-title", s.Container);
        Str(json, "container-title-short", s.ContainerAbbreviation);
        if (s.Year is { } year)
        {
            Date(json, "issued", year, s.Month, s.Month is null ? null : s.Day);
        }

        if (s.AccessedOn is { } accessed)
        {
            Date(json, "accessed", accessed.Year, accessed.Month, accessed.Day);
        }

        Str(json, "volume", s.Volume);
        Str(json, "issue", s.Issue);
        Str(json, "page", s.Pages);
        Str(json, "DOI", s.Doi?.Value);
        Str(json, "PMID", s.Pmid?.ToString());
        Str(json, "PMCID", s.Pmcid?.ToString());
        Str(json, "URL", s.Url);
        Str(json, "publisher", s.Publisher);
        Str(json, "abstract", s.Abstract);
        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, Author a)
    {
        json.WriteStartObject();
        if (a.Literal is not null || a.Family is null)
        {
            Str(json, "literal", a.Literal ?? a.Given);
        }
        else
        {
            // A lower-case lead word is CSL's non-dropping particle ("van Wijnen" → "van" + "Wijnen").
            var family = a.Family.Trim();
            var space = family.LastIndexOf(' ');
            if (space > 0 && char.IsLower(family[0]))
            {
                Str(json, "non-dropping-particle", family[..space]);
                family = family[(space + 1)..];
            }

            Str(json, "family", family);
            Str(json, "given", a.Given);
            Str(json, "suffix", a.Suffix);
        }

        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, int year, int? month, int? day)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(year);
        if (month is { } m)
        {
            json.WriteNumberValue(m);
            if (day is { } d)
            {
                json.WriteNumberValue(d);
            }
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value.Trim());
        }
    }

    private static string TypeOf(SourceType type) => type switch
    {
        SourceType.JournalArticle => "article-journal",
        SourceType.Book => "book",
        SourceType.BookChapter => "chapter",
        SourceType.Report => "report",
        SourceType.WebPage => "webpage",
        SourceType.Preprint => "article",
        _ => "document",
    };
}
