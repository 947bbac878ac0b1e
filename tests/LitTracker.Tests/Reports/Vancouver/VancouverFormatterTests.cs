using LitTracker.Reports.Vancouver;
using LitTracker.Sources;
using static LitTracker.Tests.Reports.Vancouver.VancouverSources;

namespace LitTracker.Tests.Reports.Vancouver;

public class VancouverFormatterTests
{
    [Fact]
    public void FormatPlainText_OneAuthorFullRecord_NlmJournalEntry()
    {
        var source = Journal(Person("Hunt", "Christy L."));

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Hunt CL. Platelet-rich plasma for knee osteoarthritis. Pain Med. 2019 Mar 5;20(3):525–38. doi:10.1093/pm/pny256", text);
    }

    [Fact]
    public void FormatPlainText_SevenAuthors_FirstSixThenEtAl()
    {
        var source = Journal(
            Person("Aa", "B"), Person("Cc", "D"), Person("Ee", "F"), Person("Gg", "H"),
            Person("Ii", "J"), Person("Kk", "L"), Person("Mm", "N"));

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.StartsWith("Aa B, Cc D, Ee F, Gg H, Ii J, Kk L, et al. Platelet-rich", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_SixAuthors_AllListedWithoutEtAl()
    {
        var source = Journal(
            Person("Aa", "B"), Person("Cc", "D"), Person("Ee", "F"), Person("Gg", "H"),
            Person("Ii", "J"), Person("Kk", "L"));

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.StartsWith("Aa B, Cc D, Ee F, Gg H, Ii J, Kk L. Platelet-rich", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_AuthorsIncomplete_EtAlAfterListed()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.AuthorsIncomplete = true;

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.StartsWith("Hunt CL, et al. Platelet-rich", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_OrganisationAndParticle_LiteralAndParticleKept()
    {
        var source = Journal(Person("van Wijnen", "Andre J"), Author.Organisation("International Society for Cell & Gene Therapy"));

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.StartsWith("van Wijnen AJ, International Society for Cell & Gene Therapy. Platelet-rich", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("H. K.", "HK")]
    [InlineData("Jean-Pierre", "JP")]
    [InlineData("AJ", "AJ")]
    [InlineData("Andre J", "AJ")]
    [InlineData("J.-P.", "JP")]
    [InlineData(null, "")]
    public void Initials_GivenNames_RunTogetherWithoutPeriods(string? given, string expected)
    {
        Assert.Equal(expected, VancouverNames.Initials(given));
    }

    [Fact]
    public void FormatPlainText_NoAuthors_StartsWithTitle()
    {
        var source = Journal();

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.StartsWith("Platelet-rich plasma for knee osteoarthritis. Pain Med. 2019", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_NoVolumeIssueOrPages_DateClosedWithPeriod()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Volume = null;
        source.Issue = null;
        source.Pages = null;
        source.Month = null;

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Hunt CL. Platelet-rich plasma for knee osteoarthritis. Pain Med. 2019. doi:10.1093/pm/pny256", text);
    }

    [Fact]
    public void FormatPlainText_NoPages_VolumeIssueClosed()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Pages = null;

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Contains("Pain Med. 2019 Mar 5;20(3). doi:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_NoYear_DateOmitted()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Year = null;

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Contains("Pain Med. 20(3):525–38. doi:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_ArticleNumberWithoutIssue_KeptVerbatim()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Issue = null;
        source.Pages = "e23343";
        source.ContainerAbbreviation = null;
        source.Container = "Medicine (Baltimore)";

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Contains("Medicine (Baltimore). 2019 Mar 5;20:e23343. doi:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_WebPageWithAccessDate_InternetCitedAvailableFrom()
    {
        var source = new Source
        {
            Type = SourceType.WebPage,
            Authors = [Author.Organisation("U.S. Food and Drug Administration")],
            Title = "Important patient and consumer information about regenerative medicine therapies",
            Publisher = "FDA",
            Year = 2022,
            Month = 6,
            AccessedOn = new DateOnly(2024, 7, 9),
            Url = "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/x",
        };

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal(
            "U.S. Food and Drug Administration. Important patient and consumer information about regenerative medicine therapies [Internet]. "
            + "FDA; 2022 [cited 2024 Jul 9]. Available from: https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/x",
            text);
    }

    [Fact]
    public void FormatPlainText_ReportWithoutUrl_PublisherYearMonth()
    {
        var source = new Source
        {
            Type = SourceType.Report,
            Title = "Stem cell clinics: a review",
            Container = "Health Agency",
            Year = 2021,
            Month = 11,
        };

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Stem cell clinics: a review. Health Agency; 2021 Nov.", text);
    }

    [Fact]
    public void FormatPlainText_Preprint_MarkedAfterTitle()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Type = SourceType.Preprint;
        source.ContainerAbbreviation = null;
        source.Container = "medRxiv";
        source.Volume = source.Issue = source.Pages = null;

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Hunt CL. Platelet-rich plasma for knee osteoarthritis [Preprint]. medRxiv. 2019 Mar 5. doi:10.1093/pm/pny256", text);
    }

    [Fact]
    public void FormatPlainText_JournalWithUrlOnly_OnlineForm()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Doi = null;
        source.Url = "https://example.org/a";
        source.AccessedOn = new DateOnly(2024, 1, 5);

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Hunt CL. Platelet-rich plasma for knee osteoarthritis. Pain Med [Internet]. 2019 Mar 5 [cited 2024 Jan 5];20(3):525–38. Available from: https://example.org/a", text);
    }

    [Fact]
    public void FormatPlainText_RetractedWithNoticeDoi_RetractionIn()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Notices.Add(new Notice { Type = NoticeType.Retraction, NoticeDoi = Doi.Parse("10.1093/pm/retract1") });

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.EndsWith("doi:10.1093/pm/pny256 Retraction in: doi:10.1093/pm/retract1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_RetractedWithoutNoticeDoi_RetractedMarker()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Notices.Add(new Notice { Type = NoticeType.Withdrawal });

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.EndsWith(" [Retracted]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_CorrectionOnly_NotMarked()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Notices.Add(new Notice { Type = NoticeType.Correction, NoticeDoi = Doi.Parse("10.1093/pm/erratum") });

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.EndsWith("doi:10.1093/pm/pny256", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_TitleEndingInQuestionMark_NoExtraPeriod()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Title = "Does it work?";

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Contains("Hunt CL. Does it work? Pain Med.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatHtml_ScriptInTitle_Encoded()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Title = "<script>alert('x')</script> & more";

        var html = VancouverFormatter.FormatHtml(source);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.", html, StringComparison.Ordinal);
        Assert.EndsWith("<a href=\"https://doi.org/10.1093/pm/pny256\">doi:10.1093/pm/pny256</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatMarkdown_SpecialCharacters_Escaped()
    {
        var source = Journal(Person("Hunt", "CL"));
        source.Title = "A *bold* [link](x) <b> and_under \\ back";

        var markdown = VancouverFormatter.FormatMarkdown(source);

        Assert.StartsWith(@"Hunt CL. A \*bold\* \[link\](x) \<b\> and\_under \\ back. Pain Med. 2019 Mar 5;20(3):525–38. ", markdown, StringComparison.Ordinal);
        Assert.EndsWith("[doi:10.1093/pm/pny256](<https://doi.org/10.1093/pm/pny256>)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatHtml_JavascriptUrl_NotLinked()
    {
        var source = new Source { Type = SourceType.WebPage, Title = "Page", Url = "javascript:alert(1)" };

        var html = VancouverFormatter.FormatHtml(source);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains("Available from: javascript:alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPlainText_BookChapter_InBookPublisherPages()
    {
        var source = new Source
        {
            Type = SourceType.BookChapter,
            Authors = [Person("Meltzer", "Paul S.")],
            Title = "Chromosome alterations in human solid tumors",
            Container = "The genetic basis of human cancer",
            Publisher = "McGraw-Hill",
            Year = 2002,
            Pages = "93-113",
        };

        var text = VancouverFormatter.FormatPlainText(source);

        Assert.Equal("Meltzer PS. Chromosome alterations in human solid tumors. In: The genetic basis of human cancer. McGraw-Hill; 2002. p. 93–113.", text);
    }
}
