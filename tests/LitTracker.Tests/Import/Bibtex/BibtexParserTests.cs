using LitTracker.Import;
using LitTracker.Import.Bibtex;
using LitTracker.Sources;

namespace LitTracker.Tests.Import.Bibtex;

public class BibtexParserTests
{
    private static ParseRun Parse(string text) => ParseRun.Of(new BibtexParser(), text, "refs.bib");

    [Fact]
    public void Parse_CompleteArticle_MapsEveryField()
    {
        const string bib = """
            @article{law2019,
              author = {Law, Lucy and van Wijnen, Andre J. and Smith, Jr., John},
              title = {Stem cells for {OA}: a {\"o}verview},
              journal = {Pain Medicine},
              shortjournal = {Pain Med},
              year = 2019, month = mar,
              volume = {20}, number = {3},
              pages = {525--538},
              doi = {https://doi.org/10.1093/PM/pny256},
              pmid = {30010953}, pmcid = {PMC7843474},
              url = {https://academic.oup.com/x\_y},
              urldate = {2024-05-06},
              publisher = {OUP},
              abstract = {We review.},
              keywords = {ignored}
            }
            """;

        var parsed = Parse(bib).Single;

        var s = parsed.Source;
        Assert.Equal("law2019", parsed.RecordKey);
        Assert.Equal(1, parsed.Line);
        Assert.Empty(parsed.Issues);
        Assert.Equal(string.Empty, s.Key);
        Assert.Equal(SourceType.JournalArticle, s.Type);
        Assert.Equal(StudyDesign.Unspecified, s.Design);
        Assert.Equal("Stem cells for OA: a överview", s.Title);
        Assert.Equal([new Author("Law", "Lucy"), new Author("van Wijnen", "Andre J."), new Author("Smith", "John", null, "Jr.")], s.Authors);
        Assert.Equal("Pain Medicine", s.Container);
        Assert.Equal("Pain Med", s.ContainerAbbreviation);
        Assert.Equal((2019, 3), (s.Year, s.Month));
        Assert.Equal(("20", "3"), (s.Volume, s.Issue));
        Assert.Equal("525-538", s.Pages);
        Assert.Equal("10.1093/pm/pny256", s.Doi?.Value);
        Assert.Equal(30010953, s.Pmid?.Value);
        Assert.Equal("PMC7843474", s.Pmcid?.Value);
        Assert.Equal("https://academic.oup.com/x_y", s.Url);
        Assert.Equal(new DateOnly(2024, 5, 6), s.AccessedOn);
        Assert.Equal("OUP", s.Publisher);
        Assert.Equal("We review.", s.Abstract);
    }

    [Fact]
    public void Parse_StringMacrosAndConcatenation_AreExpanded()
    {
        const string bib = """
            @string{ pm = "Pain " }
            @STRING(med = {Medicine})
            @article{a, title = "Joint " # "pain", journal = pm # med, month = dec, year = "2020"}
            """;

        var s = Parse(bib).Single.Source;

        Assert.Equal("Joint pain", s.Title);
        Assert.Equal("Pain Medicine", s.Container);
        Assert.Equal(12, s.Month);
    }

    [Fact]
    public void Parse_UndefinedMacro_WarnsAndLeavesFieldEmpty()
    {
        var parsed = Parse("@article{a, title = {T}, journal = nosuchmacro}").Single;

        Assert.Null(parsed.Source.Container);
        var issue = Assert.Single(parsed.Issues);
        Assert.Contains("nosuchmacro", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsPreambleAndFreeText_AreSkipped()
    {
        const string bib = """
            This line is a comment, and so is mail@example.org.
            @comment{ @article{fake, title = {no}} }
            @preamble{ "\newcommand{\noop}[1]{}" }
            % @article{alsofake, title={no}}
            @book{real, title = {Yes}, publisher = {P}}
            """;

        var run = Parse(bib);

        Assert.Equal("real", run.Single.RecordKey);
        Assert.Equal(SourceType.Book, run.Single.Source.Type);
        Assert.Empty(run.AllIssues);
    }

    [Fact]
    public void Parse_MalformedEntryThenGoodOne_ReportsOneIssueWithLineAndKeepsGoodRecord()
    {
        const string bib = """
            @article{broken,
              title = {Unclosed brace,
              year = 2019
            }

            @article{good,
              title = {Fine},
              year = 2020
            }
            """;

        var run = Parse(bib);

        Assert.Equal("good", run.Single.RecordKey);
        Assert.Equal(6, run.Single.Line);
        var issue = Assert.Single(run.FileIssues);
        Assert.Equal(ImportSeverity.Error, issue.Severity);
        Assert.Equal(1, issue.Line);
        Assert.Equal("broken", issue.RecordKey);
        Assert.Contains("line 6", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GarbageInsideEntry_ResynchronisesAtNextEntry()
    {
        const string bib = "@article{bad, title = {x} ?? junk }\n@article{ok, title = {y}}\n";

        var run = Parse(bib);

        Assert.Equal("ok", run.Single.RecordKey);
        Assert.Equal(1, Assert.Single(run.FileIssues).Line);
    }

    [Fact]
    public void Parse_MissingComma_WarnsButKeepsFields()
    {
        var parsed = Parse("@article{a,\n  title = {T}\n  year = 2001\n}").Single;

        Assert.Equal(2001, parsed.Source.Year);
        Assert.Equal(3, Assert.Single(parsed.Issues).Line);
    }

    [Fact]
    public void Parse_MissingKey_WarnsAndKeepsRecord()
    {
        var parsed = Parse("@article{title = {No key}, year = 2001}").Single;

        Assert.Null(parsed.RecordKey);
        Assert.Equal("No key", parsed.Source.Title);
        Assert.Contains("no citation key", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Crossref_InheritsFromParentDefinedLater()
    {
        const string bib = """
            @incollection{ch, author = {Doe, J}, title = {Chapter}, pages = {1--9}, crossref = {bk}}
            @article{plain, title = {Plain}}
            @book{bk, title = {The Book}, publisher = {Pub}, year = 2018, editor = {Ed, E}}
            """;

        var run = Parse(bib);

        Assert.Equal(["plain", "bk", "ch"], run.Records.Select(r => r.RecordKey));
        var chapter = run["ch"].Source;
        Assert.Equal(SourceType.BookChapter, chapter.Type);
        Assert.Equal("Chapter", chapter.Title);
        Assert.Equal("The Book", chapter.Container);
        Assert.Equal(("Pub", 2018), (chapter.Publisher, chapter.Year));
        Assert.Equal("Doe", Assert.Single(chapter.Authors).Family);
    }

    [Fact]
    public void Parse_CrossrefCycleOrMissing_WarnsWithoutThrowing()
    {
        const string bib = """
            @book{a, title = {A}, crossref = {b}}
            @book{b, title = {B}, crossref = {a}}
            @inbook{c, title = {C}, crossref = {missing}}
            """;

        var run = Parse(bib);

        Assert.Equal(3, run.Records.Count);
        Assert.Contains(run["a"].Issues, i => i.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(run["c"].Issues, i => i.Message.Contains("'missing'", StringComparison.Ordinal) && i.Line == 3);
    }

    [Theory]
    [InlineData("@online{w, title = {Page}, url = {https://x.org}}", SourceType.WebPage, StudyDesign.WebPage)]
    [InlineData("@inproceedings{w, title = {Talk}}", SourceType.BookChapter, StudyDesign.Unspecified)]
    [InlineData("@techreport{w, title = {Rep}}", SourceType.Report, StudyDesign.Unspecified)]
    [InlineData("@misc{w, title = {M}}", SourceType.Other, StudyDesign.Unspecified)]
    [InlineData("@ARTICLE{w, title = {Upper}}", SourceType.JournalArticle, StudyDesign.Unspecified)]
    public void Parse_EntryTypes_MapToSourceType(string bib, SourceType type, StudyDesign design)
    {
        var s = Parse(bib).Single.Source;

        Assert.Equal((type, design), (s.Type, s.Design));
    }

    [Fact]
    public void Parse_MalformedDoi_WarnsAndLeavesDoiEmpty()
    {
        var parsed = Parse("@article{a, title={T},\n doi = {not-a-doi}}").Single;

        Assert.Null(parsed.Source.Doi);
        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(ImportSeverity.Warning, issue.Severity);
        Assert.Contains("not-a-doi", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BiblatexDateAndEprint_AreUnderstood()
    {
        var s = Parse("@article{a, title={T}, date = {2021-07-14}, journaltitle = {J}, eprint = {32661635}, eprinttype = {pubmed}}").Single.Source;

        Assert.Equal((2021, 7, 14), (s.Year, s.Month, s.Day));
        Assert.Equal("J", s.Container);
        Assert.Equal(32661635, s.Pmid?.Value);
    }

    [Fact]
    public void Parse_ParenthesisedEntryAndQuotedValues_AreRead()
    {
        var s = Parse("@article(a, title = \"Say {\"}hi{\"}\", year = \"1999\")").Single.Source;

        Assert.Equal("Say \"hi\"", s.Title);
        Assert.Equal(1999, s.Year);
    }
}
