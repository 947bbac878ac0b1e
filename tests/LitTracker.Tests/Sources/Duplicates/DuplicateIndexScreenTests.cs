using System.Globalization;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using LitTracker.Tests.Sources.Duplicates.Reference;

namespace LitTracker.Tests.Sources.Duplicates;

/// <summary>
/// The pre-check <see cref="DuplicateIndex.Find"/> runs before comparing (<see cref="TitleSimilarity.MayReach"/>
/// and the entry checks): it may only skip pairs that <see cref="DuplicateRules"/> rejects. Streams built
/// to make it work hard — long blocks of a few surnames, many preprints, titles of very different
/// lengths, near-threshold scores, titles that differ only in figures, marker words, split words or
/// spaces — against the reference index, which compares every pair.
/// </summary>
public class DuplicateIndexScreenTests
{
    private static readonly string[] Words =
    [
        "effect", "of", "the", "randomized", "randomised", "knee", "osteoarthritis", "stem", "cell", "therapy", "trial", "in",
        "older", "adults", "a", "cohort", "study", "blood", "stream", "bloodstream", "pre", "eclampsia", "preeclampsia", "vaccine",
        "vaccme", "outcomes", "patients", "with", "and", "for", "pain", "injection", "placebo", "safety", "efficacy", "review",
    ];

    // Words the bound reads: figures, number words, roman numerals, marker words, a leading "re".
    private static readonly string[] Special =
        ["1", "2", "6", "12", "six", "twelve", "ii", "iii", "protocol", "erratum", "update", "reply", "re", "comment", "part", "phase"];

    private static readonly Author?[] Authors =
    [
        new("Wang", "X"), new("Wang", "Y"), new("Li", "X"), new("Smith", "J"), new("Smyth", "J"), new("Lopez Bernal", "J"), new("Bernal", "J"),
        Author.Organisation("The DCCT Research Group"), null,
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Find_LongSurnameBlocksFullOfPreprints_SameAnswersAsComparingEveryPair(int seed)
    {
        var random = new Random(seed);
        var compact = new DuplicateIndex();
        var reference = new ReferenceDuplicateIndex();
        var bases = Enumerable.Range(0, 300).Select(_ => Title(random, random.Next(1, 16))).ToArray();
        var found = 0;
        for (var i = 1; i <= 2_000; i++)
        {
            var c = Candidate(random, Variant(random, bases[random.Next(bases.Length)]), i);

            var expected = reference.Find(c);
            var actual = compact.Find(c);

            Assert.Equal(expected?.Existing, actual?.Existing);
            Assert.Equal(expected?.Match, actual?.Match);
            found += actual is null ? 0 : 1;
            var mark = compact.Checkpoint();
            reference.Add(c with { Id = i });
            compact.Add(c with { Id = i });
            if (i % 401 == 0)
            {
                var back = Math.Max(0, mark - random.Next(300));
                reference.RollbackTo(back);
                compact.RollbackTo(back);
            }

            Assert.Equal(reference.Count, compact.Count);
        }

        // The stream must exercise both outcomes, or it proves nothing about the skips.
        Assert.True(found is > 100 and < 1_900, $"{found} of 2000 found: the stream no longer exercises both outcomes");
    }

    [Fact]
    public void MayReach_RandomTitlePairs_NeverFalseWhenTheScoreReachesTheThreshold()
    {
        var random = new Random(7);
        var skipped = 0;
        for (var i = 0; i < 40_000; i++)
        {
            var a = Key(Title(random, random.Next(1, 20)));
            var b = Key(random.Next(3) == 0 ? Title(random, random.Next(1, 40)) : Variant(random, a));
            var score = TitleSimilarity.Compare(a, b).Score;
            foreach (var threshold in new[] { DuplicateRules.PreprintTitleThreshold, DuplicateRules.TitleThreshold, DuplicateRules.NoAuthorTitleThreshold })
            {
                var may = TitleSimilarity.MayReach(a, b, threshold);
                Assert.True(may || score < threshold, $"skipped \"{a}\" / \"{b}\" (score {score.ToString(CultureInfo.InvariantCulture)}, threshold {threshold.ToString(CultureInfo.InvariantCulture)})");
                skipped += may ? 0 : 1;
            }
        }

        Assert.True(skipped > 10_000, $"only {skipped} skips: the test no longer exercises the bound");
    }

    [Theory]
    [InlineData("effect of stem cell therapy in knee osteoarthritis", "effect of stem cell therapy in knee osteoarthritis a randomized placebo controlled trial in older adults with pain", 0.75)]
    [InlineData("stem cell therapy for knee pain", "stem cell therapy for knee pain in older adults a cohort study", 0.90)]
    [InlineData("pre eclampsia in older adults and outcomes", "preeclampsia in older adults and outcomes", 0.98)]
    [InlineData("blood stream infection in patients", "bloodstream infection in patients", 0.98)]
    [InlineData("six month outcomes of knee injection", "6 month outcomes of knee injection", 0.90)]
    [InlineData("vaccine safety in older adults", "vaccme safety in older adults", 0.90)]
    [InlineData("randomised placebo controlled trial of knee injection", "randomsiex placebo controlled trial of knee injection", 0.90)]
    [InlineData("a blood stream infection cohort in older adults", "a bloodstraem infection cohort in older adults", 0.90)]
    public void MayReach_PairsThatMatch_True(string a, string b, double threshold)
    {
        Assert.True(TitleSimilarity.Compare(a, b).Score >= threshold);
        Assert.True(TitleSimilarity.MayReach(a, b, threshold));
        Assert.True(TitleSimilarity.MayReach(b, a, threshold));
    }

    [Theory]
    [InlineData("knee pain trial part 1", "knee pain trial part 2", 0.75)]
    [InlineData("stem cell therapy protocol", "stem cell therapy", 0.75)]
    [InlineData("re stem cell therapy in knee pain", "stem cell therapy in knee pain", 0.75)]
    [InlineData("knee pain", "effect of stem cell therapy on knee pain in older adults with osteoarthritis a randomized trial", 0.90)]
    [InlineData("safety of knee injection", "safety and efficacy of knee injection in older adults", 0.98)]
    [InlineData("effect of knee injection on pain in older adults", "vaccine safety and outcomes for children with asthma at school", 0.75)]
    [InlineData("randomized trial of knee injection for pain", "randomized trial of stem cell therapy for osteoarthritis", 0.90)]
    public void MayReach_PairsTheBoundRulesOut_False(string a, string b, double threshold)
    {
        Assert.True(TitleSimilarity.Compare(a, b).Score < threshold);
        Assert.False(TitleSimilarity.MayReach(a, b, threshold));
    }

    private static string Key(string title) => DuplicateTitle.Fold(TitleKey.For(title));

    private static string Title(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(6) == 0 ? Special[random.Next(Special.Length)] : Words[random.Next(Words.Length)]));

    // The title as another record of the work, or of a related one, might have it.
    private static string Variant(Random random, string title)
    {
        var words = title.Split(' ').ToList();
        switch (random.Next(10))
        {
            case 0:
                words.AddRange(Title(random, random.Next(1, 25)).Split(' '));
                break;
            case 1 when words.Count > 1:
                words.RemoveRange(random.Next(1, words.Count), 1);
                break;
            case 2:
                words[random.Next(words.Count)] = Words[random.Next(Words.Length)];
                break;
            case 3:
                words.Insert(random.Next(words.Count + 1), Special[random.Next(Special.Length)]);
                break;
            case 4:
                var at = random.Next(words.Count);
                words[at] = words[at].Length > 3 ? words[at][..2] + " " + words[at][2..] : words[at];
                break;
            case 5 when words.Count > 1:
                var join = random.Next(words.Count - 1);
                words[join] += words[join + 1];
                words.RemoveAt(join + 1);
                break;
            case 6:
                words = words.Take(Math.Max(1, words.Count - random.Next(1, 8))).ToList();
                break;
            case 7:
                var typo = random.Next(words.Count);
                words[typo] = words[typo].Length > 4 ? words[typo][..^1] : words[typo];
                break;
            case 8:
                // Two typos in a word: a transposition and a changed letter ("randomsied" → "randomsiex").
                var word = random.Next(words.Count);
                var letters = words[word].ToCharArray();
                if (letters.Length > 5)
                {
                    var swap = random.Next(letters.Length - 1);
                    (letters[swap], letters[swap + 1]) = (letters[swap + 1], letters[swap]);
                    letters[random.Next(letters.Length)] = (char)('a' + random.Next(26));
                    words[word] = new string(letters);
                }

                break;
        }

        return string.Join(' ', words);
    }

    private static DuplicateCandidate Candidate(Random random, string title, int i)
    {
        var preprint = random.Next(2) == 0;
        Doi? doi = random.Next(3) switch
        {
            0 => null,
            1 => Doi.Parse("10.1101/" + i.ToString(CultureInfo.InvariantCulture)),
            _ => Doi.Parse("10.1000/w." + i.ToString(CultureInfo.InvariantCulture)),
        };
        Pmid? pmid = random.Next(3) == 0 ? Pmid.Parse((1000 + i).ToString(CultureInfo.InvariantCulture)) : null;
        int? year = random.Next(12) == 0 ? null : 2018 + random.Next(4);
        var c = DuplicateCandidate.From(0, "k" + i.ToString(CultureInfo.InvariantCulture), doi, pmid, title, year, Authors[random.Next(Authors.Length)], preprint ? SourceType.Preprint : SourceType.JournalArticle);
        return random.Next(50) == 0 ? c with { TitleKey = "  " + c.TitleKey } : c;
    }
}
