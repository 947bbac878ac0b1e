using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LitTracker.Persistence;
using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>
/// Converts sources to <see cref="SourceRow"/>s with the same converters as the EF mapping, so rows
/// read back identically. Keeps scratch buffers and a provenance cache: one writer per thread.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "The JSON writer writes to an in-memory buffer: disposing it only flushes, and every row flushes it.")]
internal sealed class SourceRowWriter
{
    private static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
    private static readonly JsonEncodedText Given = JsonEncodedText.Encode("given");
    private static readonly JsonEncodedText Literal = JsonEncodedText.Encode("literal");
    private static readonly JsonEncodedText Suffix = JsonEncodedText.Encode("suffix");

    private readonly ArrayBufferWriter<byte> _text = new(4096);
    private readonly SourceRow.Cell[] _cells = new SourceRow.Cell[SourceRow.Columns.Length];

    // The authors column as Converters.Authors writes it (its encoder; the serializer skips validation
    // too), straight into the row's bytes instead of through a string.
    private readonly Utf8JsonWriter _json;

    // Imported records share a handful of provenance shapes (which fields were filled): build each once.
    private readonly Dictionary<long, (Dictionary<SourceField, FieldOrigin> Map, byte[] Json)> _provenance = [];

    public SourceRowWriter() =>
        _json = new Utf8JsonWriter(_text, new JsonWriterOptions { Encoder = Converters.JsonEncoder, SkipValidation = true });

    /// <summary>
    /// The provenance of a record whose filled fields are the bits of <paramref name="filled"/>
    /// (<see cref="Metadata.SourceFieldValues.FilledMask"/>), every one from <see cref="FieldOrigin.Import"/>.
    /// Shared by every record with the same fields: read it, never change it.
    /// </summary>
    public Dictionary<SourceField, FieldOrigin> ImportProvenance(long filled) => Cached(filled).Map;

    /// <summary>The row of <paramref name="s"/> stored with <paramref name="titleKey"/> and <paramref name="provenance"/> (its own properties of that name are not read).</summary>
    public SourceRow Write(Source s, string titleKey, Dictionary<SourceField, FieldOrigin> provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        Start(s, titleKey);

        // Only an all-Import map in field order is cached: the JSON then depends on the field set alone.
        long mask = 0;
        var last = -1;
        foreach (var (field, origin) in provenance)
        {
            var bit = (int)field;
            if (origin != FieldOrigin.Import || bit <= last || bit >= 64)
            {
                Text(25, Converters.Provenance.ConvertToProvider(provenance) as string);
                return Finish();
            }

            mask |= 1L << bit;
            last = bit;
        }

        Bytes(25, Cached(mask).Json);
        return Finish();
    }

    /// <summary>The row of <paramref name="s"/> stored with <paramref name="titleKey"/> and <see cref="ImportProvenance"/> of <paramref name="filled"/>.</summary>
    public SourceRow Write(Source s, string titleKey, long filled)
    {
        Start(s, titleKey);
        Bytes(25, Cached(filled).Json);
        return Finish();
    }

    private void Start(Source s, string titleKey)
    {
        ArgumentNullException.ThrowIfNull(s);
        _text.ResetWrittenCount();
        Name(1, s.Type);
        Name(2, s.Design);
        Text(3, s.DesignDetail);
        Name(4, s.Population);
        Authors(5, s.Authors);
        Integer(6, s.AuthorsIncomplete ? 1 : 0);
        Text(7, s.Title);
        Text(8, s.Container);
        Text(9, s.ContainerAbbreviation);
        Integer(10, s.Year);
        Integer(11, s.Month);
        Integer(12, s.Day);
        Text(13, s.Volume);
        Text(14, s.Issue);
        Text(15, s.Pages);
        Text(16, s.Doi?.Value);
        Integer(17, s.Pmid?.Value);
        Text(18, s.Pmcid?.Value);
        Text(19, s.Url);
        Date(20, s.AccessedOn);
        Text(21, s.Publisher);
        Text(22, s.Abstract);
        Text(23, s.Note);
        Text(24, titleKey);
    }

    private SourceRow Finish() => SourceRow.Create(_cells, _text.WrittenSpan);

    private (Dictionary<SourceField, FieldOrigin> Map, byte[] Json) Cached(long filled)
    {
        if (!_provenance.TryGetValue(filled, out var entry))
        {
            var map = new Dictionary<SourceField, FieldOrigin>();
            for (var bit = 0; bit < 64; bit++)
            {
                if ((filled & (1L << bit)) != 0)
                {
                    map[(SourceField)bit] = FieldOrigin.Import;
                }
            }

            entry = (map, Encoding.UTF8.GetBytes((string)Converters.Provenance.ConvertToProvider(map)!));
            _provenance[filled] = entry;
        }

        return entry;
    }

    private void Integer(int column, long? value) =>
        _cells[column] = value is { } v ? new SourceRow.Cell(SourceRow.CellKind.Integer, v, 0, 0) : default;

    private void Text(int column, string? value)
    {
        if (value is null)
        {
            _cells[column] = default;
            return;
        }

        var start = _text.WrittenCount;
        _text.Advance(Encoding.UTF8.GetBytes(value, _text.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length))));
        Added(column, start);
    }

    private void Bytes(int column, ReadOnlySpan<byte> utf8)
    {
        var start = _text.WrittenCount;
        _text.Write(utf8);
        Added(column, start);
    }

    private void Name<TEnum>(int column, TEnum value)
        where TEnum : struct, Enum
    {
        if (Utf8Names<TEnum>.Of(value) is { } name)
        {
            Bytes(column, name);
        }
        else
        {
            Text(column, value.ToString());
        }
    }

    private void Date(int column, DateOnly? value)
    {
        if (value is not { } date)
        {
            _cells[column] = default;
            return;
        }

        var start = _text.WrittenCount;
        date.TryFormat(_text.GetSpan(10), out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _text.Advance(written);
        Added(column, start);
    }

    private void Authors(int column, List<Author>? authors)
    {
        var start = _text.WrittenCount;
        _json.Reset(_text);
        if (authors is null)
        {
            _json.WriteNullValue();
        }
        else
        {
            _json.WriteStartArray();
            foreach (var author in authors)
            {
                if (author is null)
                {
                    _json.WriteNullValue();
                    continue;
                }

                _json.WriteStartObject();
                Property(Family, author.Family);
                Property(Given, author.Given);
                Property(Literal, author.Literal);
                Property(Suffix, author.Suffix);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        _json.Flush();
        Added(column, start);
    }

    // JsonIgnoreCondition.WhenWritingNull, as in Converters.Authors.
    private void Property(JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void Added(int column, int start) =>
        _cells[column] = new SourceRow.Cell(SourceRow.CellKind.Text, 0, start, _text.WrittenCount - start);
}
