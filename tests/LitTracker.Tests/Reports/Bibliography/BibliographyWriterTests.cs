using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Reports.Bibliography;
using LitTracker.Sources;

namespace LitTracker.Tests.Reports.Bibliography;

public class BibliographyWriterTests
{
    private static Source Hall() => new()
    {
        Type = SourceType.JournalArticle,
        Authors = [new Author("Hall", "H. K.")],
        Title = "Correlation of amines",
        ContainerAbbreviation = "J Am Chem Soc",
        Year = 1957,
        Volume = "79",
        Issue = "20",
        Pages = "5441-5444",
        Doi = Doi.Parse("10.1021/ja01577a030"),
    };

    private static IReadOnlyList<BibliographyEntry> Entries() =>
    [
        BibliographyEntry.Resolved(Hall()),
        BibliographyEntry.Unresolved("Stem cells <b>work</b> | *really*", "no match in PubMed or Crossref"),
    ];

    private static string Write(IReadOnlyList<BibliographySection> sections, BibliographyFormat format)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        BibliographyWriter.Write(writer, sections, format);
        return writer.ToString();
    }

    [Fact]
    public void Write_Txt_NumberedLinesWithUnresolvedMarker()
    {
        var text = Write([new BibliographySection("Ignored single title", Entries())], BibliographyFormat.Txt);

        Assert.Equal(
            "1. Hall HK. Correlation of amines. J Am Chem Soc. 1957;79(20):5441–4. doi:10.1021/ja01577a030\n"
            + "2. Stem cells <b>work</b> | *really* [unresolved: no match in PubMed or Crossref]\n",
            text);
    }

    [Fact]
    public void Write_Md_EscapedNumberedList()
    {
        var text = Write([new BibliographySection(null, Entries())], BibliographyFormat.Md);

        Assert.Equal(
            "1. Hall HK. Correlation of amines. J Am Chem Soc. 1957;79(20):5441–4. doi:[10.1021/ja01577a030](<https://doi.org/10.1021/ja01577a030>)\n"
            + @"2. Stem cells \<b\>work\</b\> \| \*really\* \[unresolved: no match in PubMed or Crossref\]" + "\n",
            text);
    }

    [Fact]
    public void Write_Html_OrderedListEncoded()
    {
        var html = Write([new BibliographySection(null, Entries())], BibliographyFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"csl-bib-body\">\n<div class=\"csl-entry\">1. Hall HK. Correlation of amines.", html, StringComparison.Ordinal);
        Assert.Contains(
            "<div class=\"csl-entry\">2. Stem cells &lt;b&gt;work&lt;/b&gt; | *really* <span class=\"unresolved\">[unresolved: no match in PubMed or Crossref]</span></div>",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SeveralSections_HeadingPerSectionAndNumberingRestarts()
    {
        var sections = new[]
        {
            new BibliographySection("First article", [BibliographyEntry.Resolved(Hall())]),
            new BibliographySection("Second <article>", [BibliographyEntry.Unresolved("Bare title", null)]),
        };

        var txt = Write(sections, BibliographyFormat.Txt);
        var md = Write(sections, BibliographyFormat.Md);
        var html = Write(sections, BibliographyFormat.Html);

        Assert.StartsWith("First article\n\n1. Hall HK.", txt, StringComparison.Ordinal);
        Assert.EndsWith("\nSecond <article>\n\n1. Bare title [unresolved]\n", txt, StringComparison.Ordinal);
        Assert.Contains("## Second \\<article\\>\n\n1. Bare title \\[unresolved\\]\n", md, StringComparison.Ordinal);
        Assert.Contains("<h2>Second &lt;article&gt;</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FromArticle_ReferencesInPrintedOrder_ResolvedAndUnresolved()
    {
        var article = new ArticleCheck(1, "blog", "Blog", [
            new Reference { Position = 2, Text = "Unknown title", UnresolvedReason = "bare title, no match" },
            new Reference { Position = 1, Text = "Hall 1957", SourceId = 7, Source = Hall() },
        ], []);

        var section = BibliographySection.FromArticle(article);

        Assert.Equal("Blog", section.Title);
        Assert.True(section.Entries[0].IsResolved);
        Assert.Equal("Unknown title", section.Entries[1].PrintedText);
        Assert.Equal("bare title, no match", section.Entries[1].UnresolvedReason);
    }

    [Fact]
    public void FromReference_ResolvedButSourceNotLoaded_Throws()
    {
        var reference = new Reference { Position = 3, Text = "x", SourceId = 9 };

        var error = Assert.Throws<ArgumentException>(() => BibliographyEntry.FromReference(reference));

        Assert.Contains("include Reference.Source", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("txt", BibliographyFormat.Txt)]
    [InlineData("MD", BibliographyFormat.Md)]
    [InlineData(" html ", BibliographyFormat.Html)]
    public void TryParse_KnownNames_Parsed(string name, BibliographyFormat expected)
    {
        Assert.True(BibliographyFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownNames_False(string? name)
    {
        Assert.False(BibliographyFormats.TryParse(name, out _));
    }
}
