namespace LitTracker.Metadata.Adding;

/// <summary>The outcome for one identifier of an <c>add</c>.</summary>
/// <param name="Identifier">The identifier as given.</param>
/// <param name="Status">What happened.</param>
/// <param name="SourceId">The stored source (new or existing), when there is one.</param>
/// <param name="SourceKey">Its key.</param>
/// <param name="Message">One line for the user: what was done, or what went wrong and what to do.</param>
/// <param name="Warnings">Non-fatal problems (a cross-lookup that failed, fields the registry lacked…).</param>
public sealed record AddOutcome(string Identifier, AddStatus Status, int? SourceId, string? SourceKey, string Message, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the identifier could not be added (invalid, not found, failed).</summary>
    public bool IsFailure => Status is AddStatus.InvalidIdentifier or AddStatus.NotFound or AddStatus.Failed;
}
