using LitTracker.Analysis.Markers;
using LitTracker.Analysis.References;
using LitTracker.Analysis.Sentences;
using LitTracker.Analysis.Text;
using LitTracker.Analysis.Wording;
using LitTracker.Articles;
using LitTracker.Claims;

namespace LitTracker.Tests.Analysis;

public sealed class TextAndMarkerTests
{
    [Fact]
    public void Split_Abbreviations_DoNotEndSentences()
    {
        var text = PlainTextReader.Read("Dr. Lee treats pain, e.g. in knees, vs. surgery (Law et al. 2019) at 2.5 mg. Results were good. “It works.” Next one.");

        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToList();

        Assert.Equal(["Dr. Lee treats pain, e.g. in knees, vs. surgery (Law et al. 2019) at 2.5 mg.", "Results were good.", "“It works.”", "Next one."], sentences);
    }

    [Fact]
    public void Read_Markdown_KeepsOffsetsHeadingsAndListItems()
    {
        const string body = "# Title\n\nStem cells **relieve** pain [1].\n\n- First item\n- Second [link](https://doi.org/10.1/x)\n";

        var text = MarkdownReader.Read(body);

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem], text.Blocks.Select(b => b.Kind));
        var at = text.Text.IndexOf("relieve", StringComparison.Ordinal);
        var (start, end) = text.ToOriginal(at, at + 7);
        Assert.Equal("relieve", body[start..end]);
        Assert.Contains(text.Links, l => l.Target == "https://doi.org/10.1/x");
    }

    [Fact]
    public void Read_Html_DecodesEntitiesAndRecordsSuperscripts()
    {
        const string body = "<html><head><title>x</title></head><body><h2>Pain</h2><p>Cells relieve pain&nbsp;&amp; swelling<sup>3,4</sup>.</p><script>bad()</script></body></html>";

        var text = HtmlReader.Read(body);

        Assert.Equal("Pain\nCells relieve pain & swelling3,4.", text.Text);
        var marker = Assert.Single(MarkerFinder.Find(text, 0, text.Text.Length));
        Assert.Equal(MarkerKind.Superscript, marker.Kind);
        Assert.Equal([3, 4], marker.Numbers);
    }

    [Theory]
    [InlineData("Pain fell [1–3, 5].", MarkerKind.Numeric, "1,2,3,5")]
    [InlineData("Pain fell in the cohort (2).", MarkerKind.Numeric, "2")]
    [InlineData("outcomes of HBV infection17,18. ", MarkerKind.Superscript, "17,18")]
    [InlineData("Pain fell (Law et al., 2019).", MarkerKind.AuthorYear, "")]
    [InlineData("Law and Hunt (2019) saw less pain.", MarkerKind.AuthorYear, "")]
    [InlineData("See doi:10.1093/pm/pny256 for details.", MarkerKind.Identifier, "")]
    [InlineData("See PMID: 23133515.", MarkerKind.Identifier, "")]
    [InlineData("Pain fell after surgery [citation].", MarkerKind.Numeric, "")]
    [InlineData("Pain fell after surgery (Citation, 1994).", MarkerKind.Numeric, "")]
    [InlineData("As Lind et al 14 found, pain fell.", MarkerKind.Numeric, "14")]
    [InlineData("Lind et al. (30) saw pain fall in knees.", MarkerKind.Numeric, "30")]
    [InlineData("Pain fell (Patel et al, 2017) in knees.", MarkerKind.AuthorYear, "")]
    [InlineData("Pain fell [Patel et al  2017; Lee 2019] in knees.", MarkerKind.AuthorYear, "")]
    [InlineData("Pain fell in knees [Der and Deary 2006].", MarkerKind.AuthorYear, "")]
    [InlineData("Pain fell in most knees19,63–65.", MarkerKind.Superscript, "19,63,64,65")]
    [InlineData("Pain fell, as in other studies25, in knees.", MarkerKind.Superscript, "25")]
    [InlineData("It binds miR-5582-5p61,62.", MarkerKind.Superscript, "61,62")]
    [InlineData("Pain fell with factor VIII 34.", MarkerKind.Superscript, "34")]
    [InlineData("Pain fell in the knee lesions 28 29 30.", MarkerKind.Superscript, "28,29,30")]
    [InlineData("Pain fell in knees.20 Hips were spared.", MarkerKind.Superscript, "20")]
    [InlineData("As in animal studies,7,10–12 pain fell.", MarkerKind.Superscript, "7,10,11,12")]
    [InlineData("We confirmed prior observations (29) and other reports.", MarkerKind.Numeric, "29")]
    [InlineData("Others (17, 25, 28) saw pain fall in knees.", MarkerKind.Numeric, "17,25,28")]
    [InlineData("Pain rose with raised BP.24 These knees were stiff.", MarkerKind.Superscript, "24")]
    [InlineData("Opioids are risk factors for PONV,24,25 whereas saline is not.", MarkerKind.Superscript, "24,25")]
    public void Find_MarkerStyles_AreRecognised(string sentence, MarkerKind kind, string numbers)
    {
        var text = PlainTextReader.Read(sentence);

        var marker = Assert.Single(MarkerFinder.Find(text, 0, text.Text.Length));

        Assert.Equal(kind, marker.Kind);
        Assert.Equal(numbers, string.Join(',', marker.Numbers));
    }

    [Theory]
    [InlineData("IL6 and CD34 cells rose in 2019.")]
    [InlineData("The rs7574865 variant (n = 20) was common.")]
    [InlineData("Carriers of GYPCΔex3 are common.")]
    [InlineData("Doses of 1.5 mg and 0.5 mg were given.")]
    [InlineData("Of 20 trials reviewed by Zhang et al, 13 used saline.")]
    [InlineData("Care includes (1) rest and (2) ice for the knee.")]
    [InlineData("Scores rose in COVID-19 wards.")]
    public void Find_GeneNamesAndYears_AreNotMarkers(string sentence)
    {
        var text = PlainTextReader.Read(sentence);

        Assert.Empty(MarkerFinder.Find(text, 0, text.Text.Length));
    }

    [Theory]
    [InlineData("Stem cell injections relieve knee pain.", WordingStrength.DirectCausal, false)]
    [InlineData("Stem cells may reduce inflammation.", WordingStrength.ConditionalCausal, false)]
    [InlineData("Obesity was associated with knee pain.", WordingStrength.Correlational, false)]
    [InlineData("Further studies are needed to improve care.", WordingStrength.NoClaim, false)]
    [InlineData("Our revolutionary clinic opened in 2020.", WordingStrength.NoClaim, true)]
    public void Classify_Sentences_GivesYuClassAndHypeFlag(string sentence, WordingStrength strength, bool absolute)
    {
        var result = WordingClassifier.Default.Classify(sentence);

        Assert.Equal(strength, result.Strength);
        Assert.Equal(absolute, result.Absolute);
    }

    [Fact]
    public void Parse_VancouverLine_ReadsFields()
    {
        var fields = ReferenceParser.Parse("1. Law L, Hunt CL. Office-based stem cell therapy: a review. Pain Med. 2019;20(8):1570-83. doi:10.1093/pm/pny256");

        Assert.Equal(1, fields.Label);
        Assert.Equal("Law", fields.FirstAuthor);
        Assert.Equal(2019, fields.Year);
        Assert.Equal("Office-based stem cell therapy: a review", fields.Title);
        Assert.Equal("10.1093/pm/pny256", fields.Doi);
    }

    [Fact]
    public void Similarity_DifferentWorks_StaysBelowThreshold()
    {
        var score = TitleSimilarity.Of("stem cell therapy for musculoskeletal diseases", "stem cell treatment for musculoskeletal disease");

        Assert.True(score < TitleSimilarity.Threshold, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(TitleSimilarity.Of("stem cells for the treatment of musculoskeletal pain", "stem cells for treatment of musculoskeletal pain") >= TitleSimilarity.Threshold);
    }
}
