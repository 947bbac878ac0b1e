using System.Text.Json;

namespace LitTracker.Seeding;

/// <summary>The seed data set, read from the JSON files embedded in this assembly (copied from <c>seed/</c>).</summary>
/// <param name="Taxonomy">Claim categories.</param>
/// <param name="Sources">Sources.</param>
/// <param name="Articles">Articles with references and claims.</param>
/// <param name="Citations">Article and reviewer citations.</param>
public sealed record SeedData(TaxonomyFile Taxonomy, SourcesFile Sources, ArticlesFile Articles, CitationsFile Citations)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the embedded seed files.</summary>
    public static SeedData LoadEmbedded() => new(
        Read<TaxonomyFile>("taxonomy.json"),
        Read<SourcesFile>("sources.json"),
        Read<ArticlesFile>("articles.json"),
        Read<CitationsFile>("citations.json"));

    private static T Read<T>(string name)
    {
        var assembly = typeof(SeedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("seed/" + name)
            ?? throw new InvalidOperationException($"seed/{name} is not embedded in {assembly.GetName().Name}; rebuild the library.");
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Json)
                ?? throw new InvalidDataException($"seed/{name} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"seed/{name} line {ex.LineNumber + 1}: {ex.Message}", ex);
        }
    }
}
