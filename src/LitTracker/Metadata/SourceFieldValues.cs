using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>Reads and copies <see cref="Source"/> fields by <see cref="SourceField"/>.</summary>
internal static class SourceFieldValues
{
    /// <summary>Every field in merge order.</summary>
    public static readonly SourceField[] All = [.. Enum.GetValues<SourceField>().Where(f => f != SourceField.Unspecified)];

    public static IReadOnlySet<SourceField> Filled(Source source) => All.Where(f => !IsEmpty(source, f)).ToHashSet();

    /// <summary>The fields of <see cref="Filled"/> as bits (bit n for the field of value n), without a set per record.</summary>
    public static long FilledMask(Source source)
    {
        long mask = 0;
        foreach (var field in All)
        {
            if (!IsEmpty(source, field))
            {
                mask |= 1L << (int)field;
            }
        }

        return mask;
    }

    public static bool IsEmpty(Source s, SourceField field) => field switch
    {
        SourceField.Type => s.Type == SourceType.Unspecified,
        SourceField.Design => s.Design == StudyDesign.Unspecified,
        SourceField.DesignDetail => string.IsNullOrWhiteSpace(s.DesignDetail),
        SourceField.Population => s.Population == Population.Unspecified,
        SourceField.Authors => s.Authors.Count == 0,
        SourceField.Title => string.IsNullOrWhiteSpace(s.Title),
        SourceField.Container => string.IsNullOrWhiteSpace(s.Container),
        SourceField.ContainerAbbreviation => string.IsNullOrWhiteSpace(s.ContainerAbbreviation),
        SourceField.Date => s.Year is null,
        SourceField.Volume => string.IsNullOrWhiteSpace(s.Volume),
        SourceField.Issue => string.IsNullOrWhiteSpace(s.Issue),
        SourceField.Pages => string.IsNullOrWhiteSpace(s.Pages),
        SourceField.Doi => s.Doi is null,
        SourceField.Pmid => s.Pmid is null,
        SourceField.Pmcid => s.Pmcid is null,
        SourceField.Url => string.IsNullOrWhiteSpace(s.Url),
        SourceField.Publisher => string.IsNullOrWhiteSpace(s.Publisher),
        SourceField.Abstract => string.IsNullOrWhiteSpace(s.Abstract),
        SourceField.Notices => s.Notices.Count == 0,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a source field."),
    };

    public static bool AreEqual(Source a, Source b, SourceField field) => field switch
    {
        SourceField.Type => a.Type == b.Type,
        SourceField.Design => a.Design == b.Design,
        SourceField.DesignDetail => a.DesignDetail == b.DesignDetail,
        SourceField.Population => a.Population == b.Population,
        SourceField.Authors => a.AuthorsIncomplete == b.AuthorsIncomplete && a.Authors.SequenceEqual(b.Authors),
        SourceField.Title => a.Title == b.Title,
        SourceField.Container => a.Container == b.Container,
        SourceField.ContainerAbbreviation => a.ContainerAbbreviation == b.ContainerAbbreviation,
        SourceField.Date => a.Year == b.Year && a.Month == b.Month && a.Day == b.Day,
        SourceField.Volume => a.Volume == b.Volume,
        SourceField.Issue => a.Issue == b.Issue,
        SourceField.Pages => a.Pages == b.Pages,
        SourceField.Doi => a.Doi == b.Doi,
        SourceField.Pmid => a.Pmid == b.Pmid,
        SourceField.Pmcid => a.Pmcid == b.Pmcid,
        SourceField.Url => a.Url == b.Url,
        SourceField.Publisher => a.Publisher == b.Publisher,
        SourceField.Abstract => a.Abstract == b.Abstract,
        SourceField.Notices => false,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a source field."),
    };

    public static void Copy(Source from, Source to, SourceField field)
    {
        switch (field)
        {
            case SourceField.Type: to.Type = from.Type; break;
            case SourceField.Design: to.Design = from.Design; break;
            case SourceField.DesignDetail: to.DesignDetail = from.DesignDetail; break;
            case SourceField.Population: to.Population = from.Population; break;
            case SourceField.Authors:
                to.Authors = [.. from.Authors];
                to.AuthorsIncomplete = from.AuthorsIncomplete;
                break;
            case SourceField.Title: to.Title = from.Title; break;
            case SourceField.Container: to.Container = from.Container; break;
            case SourceField.ContainerAbbreviation: to.ContainerAbbreviation = from.ContainerAbbreviation; break;
            case SourceField.Date:
                to.Year = from.Year;
                to.Month = from.Month;
                to.Day = from.Day;
                break;
            case SourceField.Volume: to.Volume = from.Volume; break;
            case SourceField.Issue: to.Issue = from.Issue; break;
            case SourceField.Pages: to.Pages = from.Pages; break;
            case SourceField.Doi: to.Doi = from.Doi; break;
            case SourceField.Pmid: to.Pmid = from.Pmid; break;
            case SourceField.Pmcid: to.Pmcid = from.Pmcid; break;
            case SourceField.Url: to.Url = from.Url; break;
            case SourceField.Publisher: to.Publisher = from.Publisher; break;
            case SourceField.Abstract: to.Abstract = from.Abstract; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a copyable field.");
        }
    }
}
