using System.Globalization;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Duplicates;

public class DuplicateIndexKeyTests
{
    private static DuplicateCandidate Candidate(string key, int n) => new(
        n, key, n % 3 == 0 ? Doi.Parse("10.5555/k" + n.ToString(CultureInfo.InvariantCulture)) : null, null,
        "study number " + n.ToString(CultureInfo.InvariantCulture), 2020, "smith", false);

    [Fact]
    public void ContainsKey_AddsAndRollbacks_AgreeWithTheKeysOfTheRemainingCandidates()
    {
        var random = new Random(3);
        var index = new DuplicateIndex();
        var added = new List<string>();
        var marks = new Stack<int>();
        var rollbacks = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var key = random.Next(5) switch
            {
                0 => "müller" + random.Next(2000).ToString(CultureInfo.InvariantCulture),
                1 => "smith" + random.Next(1990, 2026).ToString(CultureInfo.InvariantCulture) + (char)('a' + random.Next(26)),
                2 => "odd\ud800" + random.Next(50).ToString(CultureInfo.InvariantCulture),
                3 => string.Empty,
                _ => "k" + random.Next(30_000).ToString(CultureInfo.InvariantCulture),
            };

            switch (random.Next(200))
            {
                case 0:
                    marks.Push(index.Checkpoint());
                    break;
                case 1 when marks.Count > 0:
                    var mark = marks.Pop();
                    index.RollbackTo(mark);
                    added.RemoveRange(mark, added.Count - mark);
                    rollbacks++;
                    break;
                case < 100:
                    Assert.Equal(key.Length > 0 && added.Contains(key, StringComparer.Ordinal), index.ContainsKey(key));
                    break;
                default:
                    index.Add(Candidate(key, i + 1));
                    added.Add(key);
                    break;
            }
        }

        Assert.All(added.Where(k => k.Length > 0), k => Assert.True(index.ContainsKey(k)));
        Assert.InRange(added.Distinct(StringComparer.Ordinal).Count(), 500, 20_000);
        Assert.InRange(rollbacks, 10, 200);
    }

    [Fact]
    public void ContainsKey_SameKeyAddedAgainThenRolledBack_StaysInUse()
    {
        var index = new DuplicateIndex();
        index.Add(Candidate("smith2020", 1));
        var mark = index.Checkpoint();

        // A merged source is indexed again under its own key; undoing that must not free the key.
        index.Add(Candidate("smith2020", 1) with { TitleKey = "a fuller title of study number 1" });
        index.RollbackTo(mark);

        Assert.True(index.ContainsKey("smith2020"));
        Assert.False(index.ContainsKey("smith2020b"));
        Assert.False(index.ContainsKey("Smith2020"));
        Assert.False(index.ContainsKey(string.Empty));
    }
}
