using LitTracker.Metadata;
using LitTracker.Sources;

namespace LitTracker.Tests.Metadata;

public class SourceMergerTests
{
    private static Source Fetched() => new()
    {
        Title = "Fetched title",
        Container = "Pain Medicine",
        Year = 2019,
        Month = 5,
        Volume = "20",
        Doi = Doi.Parse("10.1093/pm/pny256"),
        Authors = [new Author("Law", "L")],
        Notices = [new Notice { Type = NoticeType.Correction, NoticeDoi = Doi.Parse("10.1093/pm/corr"), Origin = NoticeOrigins.Crossref }],
    };

    [Fact]
    public void Merge_EmptyStored_FillsEveryFetchedFieldAndRecordsOrigin()
    {
        var stored = new Source { Id = 7 };
        var provenance = new Dictionary<SourceField, FieldOrigin>();

        var changed = SourceMerger.Merge(stored, Fetched(), FieldOrigin.Crossref, provenance);

        Assert.Equal([SourceField.Authors, SourceField.Title, SourceField.Container, SourceField.Date, SourceField.Volume, SourceField.Doi, SourceField.Notices], changed);
        Assert.Equal("Fetched title", stored.Title);
        Assert.Equal((2019, 5), (stored.Year, stored.Month));
        Assert.Equal(7, Assert.Single(stored.Notices).SourceId);
        Assert.All(changed.Where(f => f != SourceField.Notices), f => Assert.Equal(FieldOrigin.Crossref, provenance[f]));
    }

    [Fact]
    public void Merge_PersonField_IsNeverTouchedEvenWhenEmpty()
    {
        var stored = new Source { Title = "My corrected title", Container = null };
        var provenance = new Dictionary<SourceField, FieldOrigin> { [SourceField.Title] = FieldOrigin.Person, [SourceField.Container] = FieldOrigin.Person };

        var changed = SourceMerger.Merge(stored, Fetched(), FieldOrigin.Crossref, provenance);

        Assert.Equal("My corrected title", stored.Title);
        Assert.Null(stored.Container);
        Assert.DoesNotContain(SourceField.Title, changed);
        Assert.DoesNotContain(SourceField.Container, changed);
        Assert.Equal(FieldOrigin.Person, provenance[SourceField.Title]);
    }

    [Fact]
    public void Merge_MachineField_IsRefreshedWhenDifferent()
    {
        var stored = new Source { Title = "Old import title", Volume = "20" };
        var provenance = new Dictionary<SourceField, FieldOrigin> { [SourceField.Title] = FieldOrigin.Import, [SourceField.Volume] = FieldOrigin.Import };

        var changed = SourceMerger.Merge(stored, Fetched(), FieldOrigin.PubMed, provenance);

        Assert.Equal("Fetched title", stored.Title);
        Assert.Equal(FieldOrigin.PubMed, provenance[SourceField.Title]);
        Assert.Contains(SourceField.Title, changed);
        Assert.DoesNotContain(SourceField.Volume, changed);
        Assert.Equal(FieldOrigin.Import, provenance[SourceField.Volume]);
    }

    [Fact]
    public void Merge_FetchedEmptyField_LeavesStoredValue()
    {
        var stored = new Source { Title = "T", Publisher = "Stored publisher", Abstract = "Stored abstract" };

        var changed = SourceMerger.Merge(stored, new Source { Title = "T" }, FieldOrigin.Crossref, new Dictionary<SourceField, FieldOrigin>());

        Assert.Empty(changed);
        Assert.Equal(("Stored publisher", "Stored abstract"), (stored.Publisher, stored.Abstract));
    }

    [Fact]
    public void Merge_SameNoticeFromAnotherRegistry_IsNotDuplicated()
    {
        var stored = new Source { Notices = [new Notice { Type = NoticeType.Correction, NoticeDoi = Doi.Parse("10.1093/PM/CORR"), Origin = NoticeOrigins.RetractionWatch }] };

        var changed = SourceMerger.Merge(stored, Fetched(), FieldOrigin.Crossref, new Dictionary<SourceField, FieldOrigin>());

        Assert.Single(stored.Notices);
        Assert.DoesNotContain(SourceField.Notices, changed);
    }

    [Fact]
    public void Merge_MappedSource_UsesItsOrigin()
    {
        var mapped = new MappedSource(Fetched(), FieldOrigin.Crossref);
        var provenance = new Dictionary<SourceField, FieldOrigin>();

        SourceMerger.Merge(new Source(), mapped, provenance);

        Assert.Equal(FieldOrigin.Crossref, provenance[SourceField.Doi]);
        Assert.Equal(mapped.FilledFields.Where(f => f != SourceField.Notices).Order(), provenance.Keys.Order());
    }

    [Fact]
    public void Merge_OriginPerson_Throws()
    {
        Assert.Throws<ArgumentException>(() => SourceMerger.Merge(new Source(), new Source(), FieldOrigin.Person, new Dictionary<SourceField, FieldOrigin>()));
    }
}
