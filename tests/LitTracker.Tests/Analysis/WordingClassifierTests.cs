using LitTracker.Analysis.Wording;
using LitTracker.Claims;

namespace LitTracker.Tests.Analysis;

public class WordingClassifierTests
{
    [Theory]
    [InlineData("Smokers had an increased risk of gum disease.", WordingStrength.Correlational)]
    [InlineData("Resting heart rate increased with age in both groups.", WordingStrength.Correlational)]
    [InlineData("Waist size was reduced after a year of walking.", WordingStrength.Correlational)]
    [InlineData("Walking reduced the waist size of older adults.", WordingStrength.DirectCausal)]
    [InlineData("Waist size was reduced by daily walking.", WordingStrength.DirectCausal)]
    [InlineData("Night-shift nurses showed lower vitamin D levels.", WordingStrength.Correlational)]
    [InlineData("Daily oats can lower cholesterol in adults.", WordingStrength.DirectCausal)]
    [InlineData("Green tea may lower cholesterol in adults.", WordingStrength.ConditionalCausal)]
    [InlineData("Sugar intake is associated with tooth decay, and cutting it may reduce decay in children.", WordingStrength.ConditionalCausal)]
    [InlineData("Poor sleep appears to influence appetite.", WordingStrength.ConditionalCausal)]
    [InlineData("Poor sleep may be involved in regulating appetite.", WordingStrength.ConditionalCausal)]
    [InlineData("Salt intake mediates the rise in blood pressure.", WordingStrength.DirectCausal)]
    [InlineData("Fish oil had no effect on joint pain.", WordingStrength.DirectCausal)]
    [InlineData("Brisk walking was more effective than stretching in lowering blood pressure.", WordingStrength.DirectCausal)]
    [InlineData("Brisk walkers had lower blood pressure than stretchers.", WordingStrength.Correlational)]
    [InlineData("A 5% reduction in weight is a reasonable first target.", WordingStrength.NoClaim)]
    [InlineData("The increase in heart rate was associated with caffeine intake.", WordingStrength.Correlational)]
    [InlineData("Older runners showed no increase in knee pain.", WordingStrength.Correlational)]
    [InlineData("Grip strength tended to decrease with increasing age.", WordingStrength.Correlational)]
    [InlineData("Migraine was more frequent among women.", WordingStrength.Correlational)]
    [InlineData("Shift workers were at high risk of poor sleep.", WordingStrength.Correlational)]
    [InlineData("Smoking is an important risk factor.", WordingStrength.Correlational)]
    [InlineData("The clinic screened patients with several risk factors.", WordingStrength.NoClaim)]
    [InlineData("Heavy lifting is a triggering factor for back pain.", WordingStrength.Correlational)]
    [InlineData("The cream can avoid the need for surgery.", WordingStrength.DirectCausal)]
    [InlineData("Patients need to walk more.", WordingStrength.NoClaim)]
    [InlineData("More than half of the patients were women.", WordingStrength.NoClaim)]
    [InlineData("The safety profile was as expected.", WordingStrength.NoClaim)]
    [InlineData("Daily stretching improved hip mobility in older runners.", WordingStrength.DirectCausal)]
    [InlineData("Runners with improved hip mobility had less knee pain.", WordingStrength.Correlational)]
    [InlineData("In older women, increased body weight was associated with knee pain.", WordingStrength.Correlational)]
    [InlineData("Exercise-induced wheeze was reported by a third of swimmers.", WordingStrength.NoClaim)]
    [InlineData("The effects of night shifts on sleep were examined in 300 nurses.", WordingStrength.NoClaim)]
    [InlineData("We analysed the association between coffee and migraine in a cohort of students.", WordingStrength.NoClaim)]
    [InlineData("When the effects of coffee on sleep were examined, no correlation was observed.", WordingStrength.Correlational)]
    [InlineData("We examined sleep records and found that caffeine reduced sleep time.", WordingStrength.DirectCausal)]
    [InlineData("How might walking groups improve mood in older adults?", WordingStrength.NoClaim)]
    [InlineData("The benefit of low-dose aspirin is still controversial.", WordingStrength.NoClaim)]
    [InlineData("Shoe fit is a determinant of foot pain in runners.", WordingStrength.DirectCausal)]
    [InlineData("Sleep loss may be the result of evening screen use.", WordingStrength.ConditionalCausal)]
    [InlineData("Daily walking, compared with usual care, reduced the number of falls.", WordingStrength.DirectCausal)]
    [InlineData("Nurses called every patient weekly, thereby reducing missed doses.", WordingStrength.DirectCausal)]
    [InlineData("We recommend that the cream be kept for patients at high risk of scarring.", WordingStrength.NoClaim)]
    [InlineData("Careful warm-up is the key to avoiding muscle injury.", WordingStrength.NoClaim)]
    [InlineData("Smokers had elevated plasma levels of fibrinogen.", WordingStrength.Correlational)]
    [InlineData("It is improbable that the gap was caused by age.", WordingStrength.ConditionalCausal)]
    [InlineData("The reason for the late diagnoses might be poor access to clinics.", WordingStrength.ConditionalCausal)]
    [InlineData("Genes involved in bone growth showed no association with height in this sample.", WordingStrength.Correlational)]
    [InlineData("Vitamin K is also involved in bone growth.", WordingStrength.DirectCausal)]
    [InlineData("Serum ferritin is a marker of iron stores.", WordingStrength.Correlational)]
    [InlineData("The clinic recorded inflammatory marker levels at every visit.", WordingStrength.NoClaim)]
    [InlineData("Sleep diaries may help to identify the timing of migraine attacks.", WordingStrength.NoClaim)]
    [InlineData("Knee repair was completed in all players.", WordingStrength.NoClaim)]
    [InlineData("Joint pain was 40% higher among cleaners.", WordingStrength.Correlational)]
    [InlineData("Most cleaners reported high job satisfaction.", WordingStrength.NoClaim)]
    [InlineData("After adjustment for potential confounders, the statin lowered mortality.", WordingStrength.DirectCausal)]
    [InlineData("The new drug changed the course of the disease.", WordingStrength.DirectCausal)]
    [InlineData("These findings suggest that fasting improves insulin sensitivity.", WordingStrength.DirectCausal)]
    [InlineData("Standing desks could be a simple way to reduce sitting time.", WordingStrength.ConditionalCausal)]
    [InlineData("Standing desks could be installed to reduce sitting time.", WordingStrength.NoClaim)]
    public void Classify_HandWrittenSentence_GivesYuClass(string sentence, WordingStrength expected)
    {
        var result = WordingClassifier.Default.Classify(sentence);

        Assert.Equal(expected, result.Strength);
    }

    [Fact]
    public void Classify_WithoutPrefilterHeads_MatchesTheSameCues()
    {
        const string Sentence = "Studies show our stem cell therapy may reduce knee pain, a perfect solution associated with fewer visits.";

        var cues = WordingClassifier.Default.Classify(Sentence).Cues;

        Assert.Contains(cues, c => c.Kind == CueKind.VagueAttribution);
        Assert.Contains(cues, c => c.Kind == CueKind.Subject && c.Text == "stem cell");
        Assert.Contains(cues, c => c.Kind == CueKind.Hedge && c.Text == "may");
        Assert.Contains(cues, c => c.Kind == CueKind.Causal && c.Text == "reduce");
        Assert.Contains(cues, c => c.Kind == CueKind.Absolute);
        Assert.Contains(cues, c => c.Kind == CueKind.Correlational && c.Text == "associated");
    }

    [Theory]
    [InlineData("associat(ed|es|ion)", "associat")]
    [InlineData("(higher|lower) (risk|odds)", "higher|lower")]
    [InlineData("risk factors?", "risk factor")]
    [InlineData("(?:may|might)|could", "may|might|could")]
    [InlineData(@"relieves\ pain", "relieves")]
    public void Heads_LiteralStart_AreTheRequiredPrefixes(string pattern, string expected)
    {
        var heads = CuePrefilter.Heads(pattern);

        Assert.Equal(expected.Split('|'), heads);
    }

    [Theory]
    [InlineData("[tb][- ]cells?")]
    [InlineData("(the )?cure")]
    [InlineData("(?!x)cure")]
    [InlineData(@"\bpain")]
    public void Heads_NoLiteralStart_IsNullSoTheListAlwaysRuns(string pattern)
    {
        Assert.Null(CuePrefilter.Heads(pattern));
    }

    [Fact]
    public void Scanners_ShippedLexicon_AllJumpBetweenLiteralHeads()
    {
        var slow = WordingLexicon.Default.Scanners.Where(s => !s.Value.HasPrefilter).Select(s => s.Key).ToList();

        Assert.Empty(slow);
    }

    [Fact]
    public void MayMatch_SentenceWithoutAnyHead_IsFalse()
    {
        var filter = CuePrefilter.Create(["associat(ed|es)", "(higher|lower) risk"]);

        Assert.NotNull(filter);
        Assert.True(filter.MayMatch("Risk was HIGHER in smokers."));
        Assert.False(filter.MayMatch("The clinic opened in 2009."));
    }
}
