using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace LitTracker.Reports.Text;

/// <summary>Writes JSON reports to a <see cref="TextWriter"/>.</summary>
internal static class ReportJson
{
    // All of Unicode passes through for readability, while the encoder still escapes < > & ' "
    // and control characters, so the JSON is safe to paste into a page.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.WriteLine();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Writes <c>"articles": [{"id", "key", "title", "claims": [...]}]</c>, the article envelope the
    /// check and evidence reports share; each claim is written by <paramref name="writeClaim"/>.
    /// </summary>
    public static void WriteArticles(Utf8JsonWriter json, Checking.CheckReport report, Action<Utf8JsonWriter, Checking.ClaimCheck> writeClaim)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writeClaim);
        json.WriteStartArray("articles");
        foreach (var article in report.Articles)
        {
            json.WriteStartObject();
            json.WriteNumber("id", article.Id);
            json.WriteString("key", article.Key);
            json.WriteString("title", article.Title);
            json.WriteStartArray("claims");
            foreach (var claim in article.Claims)
            {
                writeClaim(json, claim);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
