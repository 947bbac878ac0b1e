using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// One source built from a registry record, with the fields the record actually filled (so a
/// merge can tell "the registry says nothing" from "the registry says empty") and where they came from.
/// </summary>
public sealed class MappedSource
{
    /// <summary>Wraps a freshly mapped source; <see cref="FilledFields"/> is computed from its non-empty fields.</summary>
    public MappedSource(Source source, FieldOrigin origin, IReadOnlyList<NoticeTarget>? noticeFor = null, IReadOnlyList<MetadataIssue>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Origin = origin;
        NoticeFor = noticeFor ?? [];
        Warnings = warnings ?? [];
        FilledFields = SourceFieldValues.Filled(source);
    }

    /// <summary>The mapped source (not yet stored: <see cref="Source.Id"/> is 0).</summary>
    public Source Source { get; }

    /// <summary>The registry every filled field came from.</summary>
    public FieldOrigin Origin { get; }

    /// <summary>The fields the record gave a value for.</summary>
    public IReadOnlySet<SourceField> FilledFields { get; }

    /// <summary>
    /// When the record is itself an editorial notice (a retraction notice, an erratum…), the works
    /// it updates; empty for an ordinary work.
    /// </summary>
    public IReadOnlyList<NoticeTarget> NoticeFor { get; }

    /// <summary>True when the record is a notice about other works rather than a work of its own.</summary>
    public bool IsNotice => NoticeFor.Count > 0;

    /// <summary>Things the record said that could not be used (an unknown update type, a bad DOI…).</summary>
    public IReadOnlyList<MetadataIssue> Warnings { get; }

    /// <summary>The provenance map for a new stored source: every filled field → <see cref="Origin"/>.</summary>
    public Dictionary<SourceField, FieldOrigin> Provenance() => FilledFields.ToDictionary(f => f, _ => Origin);
}
