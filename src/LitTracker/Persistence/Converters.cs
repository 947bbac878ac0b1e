using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LitTracker.Persistence;

/// <summary>Value converters shared by the entity configurations.</summary>
internal static class Converters
{
    /// <summary>The JSON encoder of the authors and provenance columns (SourceRowWriter writes authors with it too).</summary>
    internal static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // Letters outside ASCII are stored as they are ("Østergaard", not "\u00D8stergaard"): names are
    // full of them, and escaping made the authors column half as long again, which pushed typical
    // imported rows (with an abstract) past half a page. HTML-significant characters stay escaped.
    private static readonly JsonSerializerOptions AuthorJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JsonEncoder,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<Doi, string> Doi = new(v => v.Value, v => Sources.Doi.Parse(v));

    public static readonly ValueConverter<Pmid, long> Pmid = new(v => v.Value, v => Sources.Pmid.Parse(v.ToString(CultureInfo.InvariantCulture)));

    public static readonly ValueConverter<Pmcid, string> Pmcid = new(v => v.Value, v => Sources.Pmcid.Parse(v));

    // ISO text sorts and compares correctly in SQLite and PostgreSQL alike; EF Core 6 has no DateOnly mapping.
    public static readonly ValueConverter<DateOnly, string> Date = new(
        v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    // Stored without zone; every timestamp we write is UTC, so read it back as UTC.
    public static readonly ValueConverter<DateTime, DateTime> Utc = new(
        v => v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    // Authors are always read and written with their source, in order: one JSON column keeps
    // bulk import to a single INSERT per source instead of one per author.
    public static readonly ValueConverter<List<Author>, string> Authors = new(
        v => JsonSerializer.Serialize(v, AuthorJson),
        v => JsonSerializer.Deserialize<List<Author>>(v, AuthorJson) ?? new List<Author>());

    // Provenance travels with its source, like the authors; a JSON object keyed by field name.
    public static readonly ValueConverter<Dictionary<SourceField, FieldOrigin>, string> Provenance = new(
        v => JsonSerializer.Serialize(v.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()), AuthorJson),
        v => (JsonSerializer.Deserialize<Dictionary<string, string>>(v, AuthorJson) ?? new Dictionary<string, string>())
            .ToDictionary(p => Enum.Parse<SourceField>(p.Key), p => Enum.Parse<FieldOrigin>(p.Value)));

    public static readonly ValueComparer<Dictionary<SourceField, FieldOrigin>> ProvenanceComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        v => v.Aggregate(0, (h, x) => h ^ HashCode.Combine(x.Key, x.Value)),
        v => new Dictionary<SourceField, FieldOrigin>(v));

    public static readonly ValueComparer<List<Author>> AuthorsComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode())),
        v => v.ToList());
}
