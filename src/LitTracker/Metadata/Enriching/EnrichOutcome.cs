using LitTracker.Sources;

namespace LitTracker.Metadata.Enriching;

/// <summary>The outcome of enriching one source.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="SourceKey">Its key.</param>
/// <param name="Status">What happened.</param>
/// <param name="Changed">The fields that changed, in field order.</param>
/// <param name="Message">One line for the user.</param>
/// <param name="Warnings">Non-fatal problems.</param>
public sealed record EnrichOutcome(int SourceId, string SourceKey, EnrichStatus Status, IReadOnlyList<SourceField> Changed, string Message, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the source could not be enriched (not found or failed).</summary>
    public bool IsFailure => Status is EnrichStatus.NotFound or EnrichStatus.Failed;
}
