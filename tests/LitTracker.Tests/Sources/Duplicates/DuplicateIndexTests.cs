using System.Globalization;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates;

public class DuplicateIndexTests
{
    private static readonly string[] Surnames = ["muller", "mueller", "smith", "nguyen", "nyugen", ""];

    private static readonly string[] Titles =
    [
        "effect of stem cell therapy on knee pain", "effect of stem cell therapy on knee pains", "effect of stem cell therapy on hip pain",
        "stem cell therapy for knee osteoarthritis a randomised trial", "stem cell therapy for knee osteoarthritis", "protocol for a trial of stem cells",
    ];

    private static readonly string[] Extras = ["", "", "", "in adults", "in older adults", "in mice", "a cohort", "a cohort study", "part 2", "update"];

    // The rule Find must keep: identifiers first, then the first of Neighbours with the highest score.
    private static (DuplicateCandidate, DuplicateMatch)? Reference(DuplicateIndex index, DuplicateCandidate c)
    {
        if (c.Doi is { } doi && index.ByDoi(doi) is { } byDoi)
        {
            return (byDoi, new DuplicateMatch(DuplicateReason.SameDoi, 1));
        }

        if (c.Pmid is { } pmid && index.ByPmid(pmid) is { } byPmid)
        {
            return (byPmid, new DuplicateMatch(DuplicateReason.SamePmid, 1));
        }

        (DuplicateCandidate, DuplicateMatch)? best = null;
        foreach (var other in index.Neighbours(c))
        {
            if ((other.Id == 0 || other.Id != c.Id) && DuplicateRules.Compare(c, other) is { IsProposalOnly: false } m && (best is null || m.Score > best.Value.Item2.Score))
            {
                best = (other, m);
            }
        }

        return best;
    }

    [Fact]
    public void Find_RandomLibraries_AgreesWithComparingEveryNeighbourInOrder()
    {
        var random = new Random(7);
        var index = new DuplicateIndex();
        var matches = 0;
        for (var i = 1; i <= 800; i++)
        {
            var c = new DuplicateCandidate(
                i, "k" + i.ToString(CultureInfo.InvariantCulture),
                random.Next(3) == 0 ? Doi.Parse("10.1000/" + random.Next(3000).ToString(CultureInfo.InvariantCulture)) : random.Next(8) == 0 ? Doi.Parse("10.1101/" + random.Next(50).ToString(CultureInfo.InvariantCulture)) : null,
                random.Next(3) == 0 ? Pmid.Parse((1 + random.Next(3000)).ToString(CultureInfo.InvariantCulture)) : null,
                (Titles[random.Next(Titles.Length)] + " " + Extras[random.Next(Extras.Length)]).Trim(), random.Next(6) == 0 ? null : 2015 + random.Next(8), Surnames[random.Next(Surnames.Length)], random.Next(6) == 0);

            var expected = Reference(index, c);
            var actual = index.Find(c);

            Assert.Equal(expected?.Item1, actual?.Existing);
            Assert.Equal(expected?.Item2, actual?.Match);
            matches += actual is null ? 0 : 1;
            var mark = index.Checkpoint();
            index.Add(c);
            if (i % 300 == 0)
            {
                index.RollbackTo(mark - 100);
            }
        }

        Assert.InRange(matches, 100, 790);
    }

    [Fact]
    public void RollbackTo_Checkpoint_ForgetsLaterCandidates()
    {
        var index = new DuplicateIndex();
        index.Add(new DuplicateCandidate(1, "a", null, null, "effect of stem cells on knee pain", 2020, "smith", false));
        var mark = index.Checkpoint();
        var later = new DuplicateCandidate(2, "b", null, null, "a trial of exercise in older adults", 2020, "smith", false);
        index.Add(later);

        index.RollbackTo(mark);

        Assert.Null(index.Find(later with { Id = 0 }));
        Assert.Single(index.Neighbours(later));
    }
}
