namespace LitTracker.Seeding;

/// <summary>What a seed run added; all zero on a second run.</summary>
/// <param name="Categories">Categories added.</param>
/// <param name="Sources">Sources added.</param>
/// <param name="Articles">Articles added.</param>
/// <param name="References">Printed references added.</param>
/// <param name="Claims">Claims added.</param>
/// <param name="Citations">Citations added.</param>
public sealed record SeedResult(int Categories, int Sources, int Articles, int References, int Claims, int Citations)
{
    /// <summary>Total rows added.</summary>
    public int Total => Categories + Sources + Articles + References + Claims + Citations;
}
