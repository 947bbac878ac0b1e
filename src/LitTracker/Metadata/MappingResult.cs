namespace LitTracker.Metadata;

/// <summary>
/// What a registry response yielded: the sources, or why there are none. Untrusted bodies never
/// throw; every problem is an issue with a message that says what to do next.
/// </summary>
public sealed class MappingResult
{
    private MappingResult(MappingStatus status, IReadOnlyList<MappedSource> sources, IReadOnlyList<MetadataIssue> issues)
    {
        Status = status;
        Sources = sources;
        Issues = issues;
    }

    /// <summary>The outcome.</summary>
    public MappingStatus Status { get; }

    /// <summary>The mapped sources, in response order; empty unless <see cref="Status"/> is <see cref="MappingStatus.Mapped"/>.</summary>
    public IReadOnlyList<MappedSource> Sources { get; }

    /// <summary>Problems with the response as a whole or with records that were skipped.</summary>
    public IReadOnlyList<MetadataIssue> Issues { get; }

    /// <summary>The first source, or null.</summary>
    public MappedSource? Single => Sources.Count > 0 ? Sources[0] : null;

    /// <summary>Sources were mapped; skipped records, if any, are in <paramref name="issues"/>.</summary>
    public static MappingResult Mapped(IReadOnlyList<MappedSource> sources, IReadOnlyList<MetadataIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("A mapped result needs at least one source; use NotFound or Invalid.", nameof(sources));
        }

        return new(MappingStatus.Mapped, sources, issues ?? []);
    }

    /// <summary>The registry has no such record.</summary>
    public static MappingResult NotFound(string message) => new(MappingStatus.NotFound, [], [new MetadataIssue(message)]);

    /// <summary>The registry reported an error of its own.</summary>
    public static MappingResult ServiceError(string message) => new(MappingStatus.ServiceError, [], [new MetadataIssue(message)]);

    /// <summary>The body could not be used.</summary>
    public static MappingResult Invalid(params MetadataIssue[] issues) => new(MappingStatus.Invalid, [], issues);

    /// <summary>Mapped when any source survived, otherwise Invalid with the issues that explain why.</summary>
    internal static MappingResult FromRecords(List<MappedSource> sources, List<MetadataIssue> issues, string emptyMessage) =>
        sources.Count > 0
            ? Mapped(sources, issues)
            : issues.Count > 0 ? Invalid([.. issues]) : NotFound(emptyMessage);
}
