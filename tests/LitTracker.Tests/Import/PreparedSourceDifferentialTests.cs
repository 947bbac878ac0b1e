using System.Globalization;
using System.Text;
using LitTracker.Import;
using LitTracker.Metadata;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Tests.Import.Reference;

namespace LitTracker.Tests.Import;

/// <summary>
/// PreparedSource.For and SourceRowWriter (provenance per field mask, authors JSON written straight to
/// UTF-8, one array per row) against the versions before them (Reference/ReferencePrepare): the same
/// candidate, key stem and provenance, and every column the same bytes, on random records full of
/// awkward text (quotes, backslashes, control chars, emoji, HTML-significant chars, empty and blank
/// fields, undefined enum values) and on parsed BibTeX.
/// </summary>
public class PreparedSourceDifferentialTests
{
    private static readonly string?[] Names =
    [
        null, "", " ", "Smith", "O'Brien", "van der Berg", "Müller", "Østergaard", "Łukasiewicz", "García-Márquez", "Nguyễn", "Кузнецов",
        "say \"hi\"", "back\\slash", "ctl\u0001\u001f\u007f", "tab\tnew\nline\r", "😀 Emoji", "𝔘𝔫𝔦", "<b>&amp;</b>", "a+b`c'd", "\u2028\u2029",
        "soft\u00ADhyphen", "\uFEFFbom", "The RECOVERY Collaborative Group", "WHO Study Group", "e\u0301", "김", "日本", "Jr.", "III",
    ];

    private static readonly string[] TitleWords =
    [
        "Effect", "of", "randomised", "knee", "pain", "colour", "Abstract", "CT101:", "Alzheimer's", "tumour", "<i>in vivo</i>", "\\emph{x}",
        "—", "Ünïcödé", "😀", "\"quoted\"", "a\\b", "late", "breaking", "[abstract]", "programme", "centre", "2024",
    ];

    [Fact]
    public void For_RandomRecords_SameAsBefore()
    {
        var random = new Random(41);
        var rows = new SourceRowWriter();
        var sources = Enumerable.Range(0, 4000).Select(_ => RandomSource(random)).ToList();

        // All prepared first: a row must not change when the writer goes on to the next one.
        var prepared = sources.Select(s => PreparedSource.For(s, rows)).ToList();

        AssertSameAsBefore(sources, prepared);
    }

    [Fact]
    public void For_ParsedBibtex_SameAsBefore()
    {
        var bibtex = string.Concat(Enumerable.Range(1, 300).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"@article{{r{i}, author={{{(i % 3 == 0 ? "{RECOVERY Collaborative Group}" : "M{\\\"u}ller, J{\\\"u}rgen")} and Østergaard, Søren and O'Brien, Ann}}, title={{Trial {i} of {{\\emph{{knee}}}} pain in colour}}, journal={{Pain Med}}, year={2000 + (i % 30)}, doi={{10.{1000 + (i % 5)}/t{i}}}, abstract={{Abstract {i} — ünïcode \"q\" \\& more.}}}}\n")));
        var rows = new SourceRowWriter();
        var sources = SourceFileParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(bibtex)), "in.bib", ImportFormat.Bibtex).Select(p => p.Source).ToList();
        var prepared = sources.Select(s => PreparedSource.For(s, rows)).ToList();

        Assert.Equal(300, sources.Count);
        AssertSameAsBefore(sources, prepared);
    }

    [Fact]
    public void Write_AnyProvenanceMap_SameBytesAsBefore()
    {
        var random = new Random(43);
        var rows = new SourceRowWriter();
        for (var i = 0; i < 2000; i++)
        {
            var source = RandomSource(random);
            var fields = SourceFieldValues.All.Where(_ => random.Next(2) == 0).ToList();
            if (random.Next(2) == 0)
            {
                fields.Reverse();
            }

            var provenance = fields.ToDictionary(f => f, _ => random.Next(4) == 0 ? (FieldOrigin)random.Next(0, 7) : FieldOrigin.Import);
            var titleKey = random.Next(5) == 0 ? string.Empty : TitleKey.For(source.Title);

            Assert.Equal(ReferencePrepare.Cells(source, titleKey, provenance), Cells(rows.Write(source, titleKey, provenance)));
        }
    }

    [Fact]
    public void Write_AuthorsWithLoneSurrogates_SameOutcomeAsTheConverter()
    {
        var rows = new SourceRowWriter();
        foreach (var name in new[] { "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "x\uD83D" })
        {
            var source = new Source { Title = "T", Authors = [new Author("Smith"), new Author(name, name, null, name)] };
            var expected = Outcome(() => ReferencePrepare.Describe(Converters.Authors.ConvertToProvider(source.Authors)));
            var actual = Outcome(() =>
            {
                var row = rows.Write(source, "t", new Dictionary<SourceField, FieldOrigin>());
                return Cells(row)[5];
            });

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void FilledMask_RandomRecords_HasTheBitsOfFilled()
    {
        var random = new Random(47);
        for (var i = 0; i < 2000; i++)
        {
            var source = RandomSource(random);
            var mask = SourceFieldValues.FilledMask(source);

            Assert.Equal(SourceFieldValues.Filled(source).Order(), SourceFieldValues.All.Where(f => (mask & (1L << (int)f)) != 0));
        }
    }

    private static string Outcome(Func<string> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException e)
        {
            return "throws " + e.GetType().Name;
        }
    }

    private static string[] Cells(SourceRow row) => [.. Enumerable.Range(0, SourceRow.Columns.Length).Select(column =>
    {
        var cell = row[column];
        return cell.Kind switch
        {
            SourceRow.CellKind.Null => ReferencePrepare.Describe(null),
            SourceRow.CellKind.Integer => ReferencePrepare.Describe(cell.Integer),
            _ => ReferencePrepare.Describe(row.Utf8(cell).ToArray()),
        };
    })];

    private static Source RandomSource(Random random)
    {
        string? Text() => random.Next(4) switch
        {
            0 => null,
            1 => Names[random.Next(Names.Length)],
            _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => TitleWords[random.Next(TitleWords.Length)])),
        };

        int? Number(int from, int to) => random.Next(3) == 0 ? null : random.Next(from, to);

        var source = new Source
        {
            Title = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => TitleWords[random.Next(TitleWords.Length)])),
            Type = (SourceType)random.Next(0, 14),
            Design = (StudyDesign)random.Next(0, 20),
            Population = (Population)random.Next(0, 6),
            DesignDetail = Text(),
            Authors = [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomAuthor(random))],
            AuthorsIncomplete = random.Next(4) == 0,
            Container = Text(),
            ContainerAbbreviation = Text(),
            Year = Number(-5, 3000),
            Month = Number(1, 13),
            Day = Number(1, 32),
            Volume = Text(),
            Issue = Text(),
            Pages = Text(),
            Doi = random.Next(3) switch { 0 => null, 1 => Doi.Parse("10.1101/2020." + random.Next(1000)), _ => Doi.Parse("10.1000/ü" + random.Next(1000)) },
            Pmid = random.Next(2) == 0 ? null : Pmid.Parse(random.Next(1, 99_999_999).ToString(CultureInfo.InvariantCulture)),
            Pmcid = random.Next(3) == 0 ? Pmcid.Parse("PMC" + random.Next(1, 99999).ToString(CultureInfo.InvariantCulture)) : null,
            Url = Text(),
            AccessedOn = random.Next(3) == 0 ? new DateOnly(random.Next(1, 9999), random.Next(1, 13), random.Next(1, 29)) : null,
            Publisher = Text(),
            Abstract = Text(),
            Note = Text(),
        };
        if (random.Next(8) == 0)
        {
            source.Notices.Add(new Notice { Type = NoticeType.Retraction, Origin = "manual" });
        }

        return source;
    }

    private static Author RandomAuthor(Random random)
    {
        string? Name() => Names[random.Next(Names.Length)];
        return random.Next(4) == 0
            ? new Author(null, random.Next(5) == 0 ? Name() : null, Name())
            : new Author(Name(), Name(), random.Next(6) == 0 ? Name() : null, random.Next(6) == 0 ? Name() : null);
    }

    private static void AssertSameAsBefore(List<Source> sources, List<PreparedSource> prepared)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var expected = ReferencePrepare.For(sources[i]);
            Assert.Equal(expected.Candidate, prepared[i].Candidate);
            Assert.Equal(expected.KeyStem, prepared[i].KeyStem);
            Assert.Equal(expected.Provenance.ToList(), prepared[i].Provenance.ToList());
            Assert.Equal(expected.Cells, Cells(prepared[i].Row));
        }
    }
}
