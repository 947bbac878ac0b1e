using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// Merges freshly fetched metadata into a stored source, field by field, under a provenance map.
/// Rules: a field the fetched record leaves empty is never touched; a field a person owns
/// (<see cref="FieldOrigin.Person"/>) is never touched, even when empty, because a person may have
/// cleared a wrong value on purpose; any other field is filled when empty and refreshed when it
/// differs. Notices are merged by union and never removed.
/// </summary>
public static class SourceMerger
{
    /// <summary>Merges <paramref name="fetched"/> into <paramref name="stored"/> with the fetched record's origin.</summary>
    /// <returns>The fields that changed, in <see cref="SourceField"/> order.</returns>
    public static IReadOnlyList<SourceField> Merge(Source stored, MappedSource fetched, IDictionary<SourceField, FieldOrigin> provenance)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return Merge(stored, fetched.Source, fetched.Origin, provenance);
    }

    /// <summary>
    /// Merges <paramref name="fetched"/> into <paramref name="stored"/>; <paramref name="provenance"/>
    /// is updated to <paramref name="origin"/> for every field that changed. A field missing from the
    /// map counts as <see cref="FieldOrigin.Unspecified"/>.
    /// </summary>
    /// <returns>The fields that changed, in <see cref="SourceField"/> order.</returns>
    public static IReadOnlyList<SourceField> Merge(Source stored, Source fetched, FieldOrigin origin, IDictionary<SourceField, FieldOrigin> provenance)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(provenance);
        if (origin == FieldOrigin.Person)
        {
            throw new ArgumentException("A person's edit is not a merge: set the field and its provenance directly.", nameof(origin));
        }

        var changed = new List<SourceField>();
        foreach (var field in SourceFieldValues.All)
        {
            if (field == SourceField.Notices)
            {
                if (AddNotices(stored, fetched.Notices) > 0)
                {
                    changed.Add(field);
                }

                continue;
            }

            if (SourceFieldValues.IsEmpty(fetched, field)
                || (provenance.TryGetValue(field, out var owner) && owner == FieldOrigin.Person))
            {
                continue;
            }

            if (!SourceFieldValues.IsEmpty(stored, field) && SourceFieldValues.AreEqual(stored, fetched, field))
            {
                continue;
            }

            SourceFieldValues.Copy(fetched, stored, field);
            provenance[field] = origin;
            changed.Add(field);
        }

        return changed;
    }

    /// <summary>
    /// Adds the notices <paramref name="stored"/> does not have yet. The same notice reaches us from
    /// several registries (Crossref, PubMed, Retraction Watch), so it is identified by type and notice
    /// DOI; a DOI-less notice by type, date and origin.
    /// </summary>
    /// <returns>How many were added.</returns>
    public static int AddNotices(Source stored, IEnumerable<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(notices);
        var added = 0;
        foreach (var notice in notices)
        {
            var known = stored.Notices.Any(n => n.Type == notice.Type && (notice.NoticeDoi is { } doi
                ? n.NoticeDoi == doi
                : n.NoticeDoi is null && n.Date == notice.Date && n.Origin == notice.Origin));
            if (known)
            {
                continue;
            }

            stored.Notices.Add(new Notice
            {
                SourceId = stored.Id,
                Type = notice.Type,
                Date = notice.Date,
                NoticeDoi = notice.NoticeDoi,
                Origin = notice.Origin,
                Reason = notice.Reason,
            });
            added++;
        }

        return added;
    }
}
