using LitTracker.Metadata;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// Combines two records of the same work into the survivor, field by field: a value a person set
/// (<see cref="FieldOrigin.Person"/>) always wins; otherwise an empty field is filled, and of two
/// values the more complete one is kept — more authors (a complete list over one cut short), a date
/// with month and day over a bare year, a published type over "preprint", the longer text. Notices
/// are united; reviewer notes are joined.
/// </summary>
public static class SourceCombiner
{
    /// <summary>Copies into <paramref name="survivor"/> what <paramref name="absorbed"/> knows better.</summary>
    /// <param name="survivor">The record that stays; changed in place, with its <see cref="Source.Provenance"/>.</param>
    /// <param name="absorbed">The record merged in; not changed.</param>
    /// <param name="absorbedOrigin">The origin of absorbed values that have no provenance of their own (e.g. <see cref="FieldOrigin.Import"/>).</param>
    /// <returns>The fields of the survivor that changed.</returns>
    public static IReadOnlyList<SourceField> Combine(Source survivor, Source absorbed, FieldOrigin absorbedOrigin = FieldOrigin.Unspecified)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(absorbed);
        var changed = new List<SourceField>();
        foreach (var field in SourceFieldValues.All)
        {
            if (field == SourceField.Notices)
            {
                continue;
            }

            var mine = survivor.Provenance.GetValueOrDefault(field);
            var theirs = absorbed.Provenance.TryGetValue(field, out var o) ? o : absorbedOrigin;
            if (mine == FieldOrigin.Person || SourceFieldValues.IsEmpty(absorbed, field))
            {
                continue;
            }

            var take = theirs == FieldOrigin.Person
                || SourceFieldValues.IsEmpty(survivor, field)
                || (!SourceFieldValues.AreEqual(survivor, absorbed, field) && MoreComplete(absorbed, survivor, field));
            if (take && !(SourceFieldValues.AreEqual(survivor, absorbed, field) && !SourceFieldValues.IsEmpty(survivor, field)))
            {
                SourceFieldValues.Copy(absorbed, survivor, field);
                if (theirs == FieldOrigin.Unspecified)
                {
                    survivor.Provenance.Remove(field);
                }
                else
                {
                    survivor.Provenance[field] = theirs;
                }

                changed.Add(field);
            }
        }

        foreach (var notice in absorbed.Notices)
        {
            if (!survivor.Notices.Any(n => n.Type == notice.Type && n.NoticeDoi == notice.NoticeDoi && n.Date == notice.Date))
            {
                survivor.Notices.Add(new Notice { Type = notice.Type, Date = notice.Date, NoticeDoi = notice.NoticeDoi, Origin = notice.Origin, Reason = notice.Reason });
                if (!changed.Contains(SourceField.Notices))
                {
                    changed.Add(SourceField.Notices);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(absorbed.Note) && survivor.Note?.Contains(absorbed.Note, StringComparison.Ordinal) != true)
        {
            survivor.Note = string.IsNullOrWhiteSpace(survivor.Note) ? absorbed.Note : survivor.Note + "\n\n" + absorbed.Note;
        }

        return changed;
    }

    // True when a's value of the field says more than b's.
    private static bool MoreComplete(Source a, Source b, SourceField field) => field switch
    {
        SourceField.Authors => a.Authors.Count > b.Authors.Count
            || (a.Authors.Count == b.Authors.Count && b.AuthorsIncomplete && !a.AuthorsIncomplete)
            || (a.Authors.Count == b.Authors.Count && a.Authors.Sum(x => (x.Given ?? string.Empty).Length) > b.Authors.Sum(x => (x.Given ?? string.Empty).Length)),
        SourceField.Date => DateParts(a) > DateParts(b),
        SourceField.Type => b.Type == SourceType.Preprint && a.Type != SourceType.Preprint,
        SourceField.Design or SourceField.Population => false,
        SourceField.Doi or SourceField.Pmid or SourceField.Pmcid => false,
        SourceField.Title => a.Title.Length > b.Title.Length,
        _ => Text(a, field).Length > Text(b, field).Length,
    };

    private static int DateParts(Source s) => (s.Year is null ? 0 : 1) + (s.Month is null ? 0 : 1) + (s.Day is null ? 0 : 1);

    private static string Text(Source s, SourceField field) => field switch
    {
        SourceField.DesignDetail => s.DesignDetail,
        SourceField.Container => s.Container,
        SourceField.ContainerAbbreviation => s.ContainerAbbreviation,
        SourceField.Volume => s.Volume,
        SourceField.Issue => s.Issue,
        SourceField.Pages => s.Pages,
        SourceField.Url => s.Url,
        SourceField.Publisher => s.Publisher,
        SourceField.Abstract => s.Abstract,
        _ => null,
    } ?? string.Empty;
}
