using System.Globalization;
using System.Text.Json;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LitTracker.Persistence;

/// <summary>Value converters shared by the entity configurations.</summary>
internal static class Converters
{
    private static readonly JsonSerializerOptions AuthorJson = new(JsonSerializerDefaults.Web)
    {
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

    public static readonly ValueComparer<List<Author>> AuthorsComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode())),
        v => v.ToList());
}
