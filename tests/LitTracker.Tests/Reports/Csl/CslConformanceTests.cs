using LitTracker.Reports.Csl;

namespace LitTracker.Tests.Reports.Csl;

/// <summary>Regression tests for the differences found against citeproc-js (docs/bibliography.md).</summary>
public class CslConformanceTests
{
    private static string Entry(string bibliographyLayout, CslItem item, string styleAttributes = "", string bibliographyAttributes = "")
        => Entries(bibliographyLayout, [item], styleAttributes, bibliographyAttributes)[0].ToPlainText();

    private static IReadOnlyList<CslEntry> Entries(string bibliographyLayout, IReadOnlyList<CslItem> items, string styleAttributes = "", string bibliographyAttributes = "", string sort = "")
    {
        var result = CslStyle.Parse(
            "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\" " + styleAttributes + ">"
            + "<citation><layout><text variable=\"title\"/></layout></citation>"
            + "<bibliography " + bibliographyAttributes + ">" + sort + "<layout>" + bibliographyLayout + "</layout></bibliography></style>",
            "test.csl");
        Assert.Empty(result.Issues);
        return new CslProcessor(result.Style!).FormatBibliography(items);
    }

    [Fact]
    public void FormatBibliography_LabelWithoutNameElement_FollowsTheNames()
    {
        var item = new CslItem("a", "book").SetNames("editor", [new CslName("Coburn", "Carol")]);

        var entry = Entry("<names variable=\"editor\"><label prefix=\", \"/></names>", item);

        Assert.Equal("Carol Coburn, editor", entry);
    }

    [Fact]
    public void FormatBibliography_ConditionOnVariableASubstitutePrinted_StillTrue()
    {
        var item = new CslItem("a", "book").SetNames("editor", [new CslName("Coburn", "Carol")]);

        var entry = Entry(
            "<names variable=\"author\"><substitute><names variable=\"editor\"/></substitute></names>"
            + "<choose><if variable=\"editor\"><text value=\" [edited]\"/></if></choose>",
            item);

        Assert.Equal("Carol Coburn [edited]", entry);
    }

    [Theory]
    [InlineData("nl", "Encyclopedie van planten")]
    [InlineData("Dutch", "Encyclopedie van planten")]
    [InlineData("en-GB", "Encyclopedie Van Planten")]
    [InlineData(null, "Encyclopedie Van Planten")]
    public void FormatBibliography_TitleCase_OnlyForEnglishItems(string? language, string expected)
    {
        var item = new CslItem("a", "book").Set("title", "Encyclopedie van planten").Set("language", language);

        var entry = Entry("<text variable=\"title\" text-case=\"title\"/>", item);

        Assert.Equal(expected, entry);
    }

    [Fact]
    public void FormatBibliography_TitleCaseOfNonEnglishItem_StillAppliesToTerms()
    {
        var item = new CslItem("a", "book").Set("title", "Wiskunde").Set("language", "nl")
            .SetNames("translator", [new CslName("Mulder", "Jan")]);

        var entry = Entry("<names variable=\"translator\"><name/><label form=\"short\" prefix=\" (\" suffix=\")\" text-case=\"title\"/></names>", item);

        Assert.Equal("Jan Mulder (Trans.)", entry);
    }

    [Fact]
    public void FormatBibliography_TitleCaseOverSuperscript_DoesNotCapitaliseInsideAWord()
    {
        var item = new CslItem("a", "book").Set("title", "Proceedings of the 3<sup>rd</sup> workshop");

        var entry = Entry("<text variable=\"title\" text-case=\"title\"/>", item);

        Assert.Equal("Proceedings of the 3rd Workshop", entry);
    }

    [Fact]
    public void FormatBibliography_NodecorSpanInItalicTitle_IsUpright()
    {
        var item = new CslItem("a", "legal_case").Set("title", "Lessard <span class=\"nodecor\">v.</span> Schmidt");

        var runs = Entries("<text variable=\"title\" font-style=\"italic\"/>", [item])[0].Text.Runs;

        Assert.Equal(["Lessard |True", "v.|False", " Schmidt|True"], runs.Select(r => r.Text + "|" + r.Italic).ToArray());
    }

    [Fact]
    public void FormatBibliography_MacroSortKeyWithYearOnlyDate_SortsBeforeTheSameYearWithMonth()
    {
        var date = new CslDate(new CslDateParts(2020, 2));
        var document = new CslItem("doc", "document").Set("title", "Same").SetDate("issued", date);
        var book = new CslItem("book", "book").Set("title", "Same").SetDate("issued", date);
        const string Sort = "<sort><key macro=\"date-sort\"/></sort>";
        const string Macro = "<macro name=\"date-sort\"><choose><if type=\"book\"><date variable=\"issued\" date-parts=\"year\" form=\"numeric\"/></if>"
            + "<else><date variable=\"issued\"><date-part name=\"year\"/><date-part name=\"month\" form=\"numeric-leading-zeros\"/></date></else></choose></macro>";
        var result = CslStyle.Parse(
            "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" class=\"in-text\">" + Macro
            + "<citation><layout><text variable=\"title\"/></layout></citation><bibliography>" + Sort
            + "<layout><text variable=\"title\"/></layout></bibliography></style>",
            "test.csl");

        var order = new CslProcessor(result.Style!).FormatBibliography([document, book]).Select(e => e.Item.Id).ToArray();

        Assert.Equal(["book", "doc"], order);
    }

    [Fact]
    public void FormatBibliography_NameWithFamilyAndSuffixOnly_KeepsTheSuffix()
    {
        var item = new CslItem("a", "report").SetNames("author", [new CslName("May", Suffix: "Keith")]);

        var entry = Entry("<names variable=\"author\"><name name-as-sort-order=\"all\"/></names>", item);

        Assert.Equal("May, Keith", entry);
    }

    [Theory]
    [InlineData("", "Born L et al.")]
    [InlineData(". ", "Born L. et al.")]
    public void FormatBibliography_LowerCaseWordsInGivenName_KeptWholeAndSpaced(string initializeWith, string expected)
    {
        var item = new CslItem("a", "chapter").SetNames("author", [new CslName("Born", "L. et al.")]);

        var entry = Entry($"<names variable=\"author\"><name initialize-with=\"{initializeWith}\" name-as-sort-order=\"all\" sort-separator=\" \"/></names>", item);

        Assert.Equal(expected, entry);
    }

    [Fact]
    public void FormatBibliography_SecondFieldAlign_RightColumnEndsAtItsLastCharacter()
    {
        var item = new CslItem("a", "book").Set("title", "Title");

        var entry = Entries("<text variable=\"citation-number\" suffix=\". \"/><text variable=\"title\" suffix=\". \"/>", [item], bibliographyAttributes: "second-field-align=\"flush\"")[0];

        Assert.Equal("Title.", entry.Text.ToPlainText());
    }

    [Fact]
    public void FormatBibliography_IssueLabelAndContainerAuthor_UseTheCslLocaleTerms()
    {
        var item = new CslItem("a", "chapter").Set("issue", "6")
            .SetNames("container-author", [new CslName("Tolkien", "J. R. R.")]);

        var entry = Entry(
            "<group delimiter=\" \"><label variable=\"issue\" text-case=\"capitalize-first\"/><text variable=\"issue\"/></group>"
            + "<names variable=\"container-author\" prefix=\"; \"><name/><label prefix=\" (\" suffix=\")\"/></names>",
            item);

        Assert.Equal("Issue 6; J. R. R. Tolkien", entry);
    }
}
