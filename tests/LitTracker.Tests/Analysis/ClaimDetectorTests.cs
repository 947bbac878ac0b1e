using System.Globalization;
using LitTracker.Analysis.Claims;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;
using Xunit.Abstractions;

namespace LitTracker.Tests.Analysis;

public sealed class ClaimDetectorTests(ITestOutputHelper output)
{
    [Fact]
    public void Detect_OwnLabelledMarketingSentences_ReachesPrecisionAndRecall()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "claim-sentences.csv")).Skip(1)
            .Select(Row).ToList();
        int tp = 0, fp = 0, fn = 0, category = 0, vagueHit = 0, vagueAll = 0, absHit = 0, absAll = 0;

        foreach (var (sentence, isClaim, expectedCategory, vague, absolute) in rows)
        {
            var found = Detect(sentence);
            if (found is not null && isClaim)
            {
                tp++;
                category += found.Category == expectedCategory ? 1 : 0;
            }
            else if (found is not null)
            {
                fp++;
            }
            else if (isClaim)
            {
                fn++;
            }

            if (isClaim && vague)
            {
                vagueAll++;
                vagueHit += found?.VagueAttribution == true ? 1 : 0;
            }

            if (isClaim && absolute)
            {
                absAll++;
                absHit += found?.Absolute == true ? 1 : 0;
            }
        }

        var precision = (double)tp / (tp + fp);
        var recall = (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows {rows.Count}: precision {precision:0.00}, recall {recall:0.00}, category {category}/{tp}, vague {vagueHit}/{vagueAll}, absolute {absHit}/{absAll}"));
        Assert.True(precision >= 0.9, $"precision {precision}");
        Assert.True(recall >= 0.85, $"recall {recall}");
        Assert.True(category >= tp * 0.85, $"category {category}/{tp}");
        Assert.Equal(vagueAll, vagueHit);
    }

    [Theory]
    [InlineData("Studies show that our injections relieve back pain.", true)]
    [InlineData("Experts agree that PRP heals tendons.", true)]
    [InlineData("Law et al. (2019) found that stem cell injections relieve knee pain.", false)]
    public void Detect_Attribution_FlagsOnlyUnnamedAuthorities(string sentence, bool vague)
    {
        var claim = Detect(sentence);

        Assert.NotNull(claim);
        Assert.Equal(vague, claim.VagueAttribution);
    }

    [Fact]
    public void Detect_ListItemsAfterLeadIn_TakeTheLeadInWording()
    {
        var text = PlainTextReader.Read("The treatment may lead to:\n\n- Reduced inflammation and swelling;\n- Improved mobility.\n");

        var claims = ClaimDetector.Default.Detect(SentenceSplitter.Split(text)).Where(c => c.Sentence.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(["anti_inflammation", "function_mobility"], claims.Select(c => c.Category));
        Assert.All(claims, c => Assert.Equal(LitTracker.Claims.WordingStrength.ConditionalCausal, c.Wording));
    }

    private static DetectedClaim? Detect(string sentence) =>
        ClaimDetector.Default.Detect(SentenceSplitter.Split(PlainTextReader.Read(sentence))).SingleOrDefault();

    private static (string Sentence, bool IsClaim, string Category, bool Vague, bool Absolute) Row(string line)
    {
        var close = line.LastIndexOf('"');
        var rest = line[(close + 2)..].Split(',');
        return (line[1..close], rest[0] == "1", rest[1], rest[2] == "1", rest[3] == "1");
    }
}
