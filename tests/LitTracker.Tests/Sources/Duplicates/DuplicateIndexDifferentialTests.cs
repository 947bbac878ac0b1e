using System.Globalization;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using LitTracker.Tests.Sources.Duplicates.Reference;

namespace LitTracker.Tests.Sources.Duplicates;

/// <summary>
/// The compact <see cref="DuplicateIndex"/> against the one it replaced (<see cref="ReferenceDuplicateIndex"/>):
/// the same answers, record for record, on a long stream full of near-duplicates, with rollbacks.
/// </summary>
public class DuplicateIndexDifferentialTests
{
    private static readonly string[] Words =
    [
        "effect", "of", "the", "randomised", "randomized", "tumour", "tumor", "paediatric", "pediatric", "knee", "osteoarthritis",
        "stem", "cell", "therapy", "trial", "protocol", "erratum", "six", "6", "months", "part", "1", "2", "alzheimer's", "disease",
        "sulphate", "sulfate", "programme", "centre", "analysis", "analyse", "colour", "vitamin", "d", "calcium", "falls", "fractures",
        "in", "older", "adults", "a", "cohort", "study", "pré-éclampsie", "CO<sub>2</sub>", "{\\'E}tude", "Müller's", "meta-analysis",
    ];

    private static readonly string[] Subtitles = [": a randomised trial", ": a cohort study", " [abstract]", ": protocol", ": update", string.Empty];

    private static readonly Author?[] Authors =
    [
        new("Müller", "J"), new("Mueller", "J"), new("Muller", "J"), new("García-Márquez", "G"), new("Garcia", "G"), new("van der Berg", "A"),
        new("Berg", "A"), new("Pronovost", "P"), new("Provonost", "P"), new("O'Brien", "K"), new("Obrien", "K"), new("Nguyễn", "T"),
        new("Nguyen", "T"), new("Smith", "A"), new("Smyth", "A"), new("Lopez Bernal", "J"), new("Bernal", "J"), new("Østergaard", "S"),
        new("RECOVERY Collaborative Group"), Author.Organisation("The DCCT Research Group"), Author.Organisation("DCCT Research Group"),
        new("Zhang", "W"), new("Li", "X"), null,
    ];

    private static readonly string[] Generic = ["Editorial", "Erratum", "Department of error", "Asthma", "Hypertension in pregnancy", "Reply"];

    [Fact]
    public void Find_LongStreamWithNearDuplicatesAndRollbacks_SameAnswersAsTheIndexItReplaced()
    {
        var random = new Random(20261121);
        var works = Enumerable.Range(0, 1500).Select(w => Work(random, w)).ToArray();
        var compact = new DuplicateIndex();
        var reference = new ReferenceDuplicateIndex();
        var found = 0;
        var reasons = new HashSet<DuplicateReason>();
        for (var i = 1; i <= 6_000; i++)
        {
            var c = Variant(random, works[(int)(works.Length * Math.Pow(random.NextDouble(), 2))], i);

            var expected = reference.Find(c);
            var actual = compact.Find(c);

            Assert.Equal(expected?.Existing, actual?.Existing);
            Assert.Equal(expected?.Match, actual?.Match);
            if (actual is { } hit)
            {
                found++;
                reasons.Add(hit.Match.Reason);
            }

            if (i % 7 == 0)
            {
                Assert.Equal(reference.Neighbours(c).ToList(), compact.Neighbours(c).ToList());
                Assert.Equal(c.Doi is { } doi ? reference.ByDoi(doi) : null, c.Doi is { } d ? compact.ByDoi(d) : null);
                Assert.Equal(c.Pmid is { } pmid ? reference.ByPmid(pmid) : null, c.Pmid is { } p ? compact.ByPmid(p) : null);
            }

            var mark = compact.Checkpoint();
            Assert.Equal(reference.Checkpoint(), mark);
            var stored = random.Next(10) == 0 ? c : c with { Id = i };
            reference.Add(stored);
            compact.Add(stored);
            if (i % 997 == 0)
            {
                var back = Math.Max(0, mark - random.Next(400));
                reference.RollbackTo(back);
                compact.RollbackTo(back);
            }

            Assert.Equal(reference.Count, compact.Count);
        }

        Assert.InRange(found, 1_500, 5_500);
        Assert.Contains(DuplicateReason.SameDoi, reasons);
        Assert.Contains(DuplicateReason.SamePmid, reasons);
        Assert.Contains(DuplicateReason.SimilarTitle, reasons);
    }

    private static DuplicateCandidate Work(Random random, int w)
    {
        var title = string.Join(' ', Enumerable.Range(0, random.Next(2, 12)).Select(_ => Words[random.Next(Words.Length)]));
        if (random.Next(15) == 0)
        {
            title = Generic[random.Next(Generic.Length)];
        }

        Doi? doi = random.Next(4) switch
        {
            0 => null,
            1 => Doi.Parse("10.1101/" + w.ToString(CultureInfo.InvariantCulture)),
            2 => Doi.Parse("10.1002/14651858.CD00" + w.ToString(CultureInfo.InvariantCulture) + ".pub2"),
            _ => Doi.Parse("10.1000/work." + w.ToString(CultureInfo.InvariantCulture)),
        };
        var pmid = random.Next(3) == 0 ? null : (Pmid?)Pmid.Parse((1000 + w).ToString(CultureInfo.InvariantCulture));
        var type = doi?.Value.StartsWith("10.1101/", StringComparison.Ordinal) == true ? SourceType.Preprint : SourceType.JournalArticle;
        return DuplicateCandidate.From(0, "w", doi, pmid, title, 1995 + random.Next(30), Authors[random.Next(Authors.Length)], type);
    }

    // A record of the work as another database might export it: retyped, retitled, with other identifiers.
    private static DuplicateCandidate Variant(Random random, DuplicateCandidate work, int i)
    {
        var title = work.TitleKey;
        switch (random.Next(8))
        {
            case 0:
                var at = random.Next(Math.Max(1, title.Length - 1));
                title = title.Length > 3 ? title[..at] + title[(at + 1)..] : title;
                break;
            case 1:
                title += Subtitles[random.Next(Subtitles.Length)];
                break;
            case 2:
                title = title.ToUpperInvariant();
                break;
            case 3:
                title = "Abstract CT" + random.Next(200).ToString(CultureInfo.InvariantCulture) + ": " + title;
                break;
            case 4:
                title = string.Join(' ', title.Split(' ').Reverse());
                break;
        }

        Doi? doi = random.Next(6) switch
        {
            0 => null,
            1 => Doi.Parse("10.2000/other." + random.Next(30_000).ToString(CultureInfo.InvariantCulture)),
            2 => Doi.Parse("10.3000/a%2525b" + random.Next(50).ToString(CultureInfo.InvariantCulture)),
            _ => work.Doi,
        };
        Pmid? pmid = random.Next(5) switch
        {
            0 => null,
            1 => Pmid.Parse(random.Next(1, 40_000).ToString(CultureInfo.InvariantCulture)),
            _ => work.Pmid,
        };
        int? year = random.Next(8) == 0 ? null : work.Year + random.Next(-2, 3);
        var author = random.Next(4) == 0 ? Authors[random.Next(Authors.Length)] : null;
        var c = author is null
            ? DuplicateCandidate.FromTitleKey(0, "k" + i.ToString(CultureInfo.InvariantCulture), doi, pmid, TitleKey.For(title), year, null, work.IsPreprint ? SourceType.Preprint : SourceType.JournalArticle) with { Surname = work.Surname, SurnameParts = work.SurnameParts, IsOrganisation = work.IsOrganisation }
            : DuplicateCandidate.From(0, "k" + i.ToString(CultureInfo.InvariantCulture), doi, pmid, title, year, author, random.Next(10) == 0 ? SourceType.Preprint : SourceType.JournalArticle);

        // Text no real record has, which the compact index must keep as it is all the same.
        return random.Next(200) switch
        {
            0 => c with { TitleKey = c.TitleKey + " \ud800 x" },
            1 => c with { Surname = c.Surname + "|1" },
            2 => c with { TitleKey = "  " + c.TitleKey },
            _ => c,
        };
    }
}
