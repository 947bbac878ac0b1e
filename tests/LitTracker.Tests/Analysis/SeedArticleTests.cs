using LitTracker.Analysis.Proposals;
using LitTracker.Analysis.References;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;
using LitTracker.Seeding;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Analysis;

/// <summary>
/// Runs the analyser on the two seed articles (read in place from ../shared/seeds; never copied).
/// A recorded claim's locator "Section, sN" names a sentence: the N-th body sentence after the
/// line reading "Section" ("Introduction": after the title block), counting across image-caption
/// lines. The claim is found when a proposed claim overlaps that sentence with the recorded category.
/// </summary>
public sealed class SeedArticleTests
{
    public static TheoryData<string, string> Articles => new()
    {
        { "gocare2019", "000_244be56c30b0fbcd.txt" },
        { "jointpain2024", "003_f0e06d12de2c4aa1.txt" },
    };

    [SharedDataTheory]
    [MemberData(nameof(Articles))]
    public void Analyse_SeedArticle_FindsEveryRecordedClaimWithItsCategory(string key, string file)
    {
        var body = File.ReadAllText(SharedData.Path("seeds", file));
        var seed = SeedData.LoadEmbedded().Articles.Articles.Single(a => a.Key == key);

        var analysis = ArticleAnalyser.Default.Analyse(body, BodyFormats.Text);

        var missing = new List<string>();
        foreach (var claim in seed.Claims)
        {
            var sentence = Locate(analysis.Sentences, claim.Locator);
            var found = analysis.Claims.FirstOrDefault(c => c.Sentence.Index == sentence?.Index);
            if (sentence is null || found is null || found.Category != claim.Category)
            {
                missing.Add($"{claim.Key} at {claim.Locator}: sentence '{sentence?.Text}' proposed as {found?.Category ?? "no claim"}, recorded {claim.Category}");
            }
        }

        Assert.Empty(missing);
    }

    [SharedDataFact]
    public void Analyse_JointPainArticle_FlagsTheVagueAttribution()
    {
        var body = File.ReadAllText(SharedData.Path("seeds", "003_f0e06d12de2c4aa1.txt"));

        var analysis = ArticleAnalyser.Default.Analyse(body, BodyFormats.Text);

        var vague = Assert.Single(analysis.VagueAttributions, c => c.Sentence.Locator == "Clinical Evidence, s1");
        Assert.StartsWith("Numerous studies", vague.Sentence.Text, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Resolve_GoCareReferenceList_MatchesTheSeedRecords()
    {
        var body = File.ReadAllText(SharedData.Path("seeds", "000_244be56c30b0fbcd.txt"));
        var seed = SeedData.LoadEmbedded().Articles.Articles.Single(a => a.Key == "gocare2019");
        using var temp = new TempDatabase();
        await using var db = await SeededDatabase.OpenAsync(temp);

        var analysis = ArticleAnalyser.Default.Analyse(body, BodyFormats.Text);
        var resolved = await new ReferenceResolver(db).ResolveAsync(analysis.References);

        Assert.Equal(8, analysis.References.Count);
        foreach (var (line, expected) in analysis.References.Zip(seed.References))
        {
            var r = resolved[line.Position - 1];
            Assert.Equal(Squash(expected.Text), Squash(line.Text));
            Assert.Equal(expected.Source, r.SourceKey);
            Assert.Equal(expected.UnresolvedReason, r.UnresolvedReason);
            Assert.Equal(expected.RepeatOf, r.RepeatOf);
        }
    }

    private static string Squash(string s) => string.Join(' ', s.Replace('\u00a0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Sentence? Locate(IReadOnlyList<Sentence> sentences, string locator)
    {
        var comma = locator.LastIndexOf(", s", StringComparison.Ordinal);
        var section = locator[..comma];
        var n = int.Parse(locator[(comma + 3)..], System.Globalization.CultureInfo.InvariantCulture);
        var start = section == SentenceSplitter.FirstSection
            ? sentences.First(s => s.Kind != BlockKind.Heading).Index
            : sentences.First(s => s.Kind == BlockKind.Heading && s.Text.Trim().TrimEnd(':') == section).Index + 1;
        return sentences.Skip(start).Where(s => s.Kind != BlockKind.Heading).Skip(n - 1).FirstOrDefault();
    }
}
