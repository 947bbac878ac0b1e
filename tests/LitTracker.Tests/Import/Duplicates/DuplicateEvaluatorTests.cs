using LitTracker.Import;
using LitTracker.Sources.Duplicates.Evaluation;

namespace LitTracker.Tests.Import.Duplicates;

public class DuplicateEvaluatorTests
{
    [Theory]
    [InlineData("Horby P, Lim WS, Emberson JR, et al.", "Horby", "P", null)]
    [InlineData("Horby, Peter; Lim, Wei Shen", "Horby", "Peter", null)]
    [InlineData("Mehra, M. R., et al.", "Mehra", "M. R.", null)]
    [InlineData("Voysey M et al.", "Voysey", "M", null)]
    [InlineData("Reis G et al", "Reis", "G", null)]
    [InlineData("Wright JT Jr, Williamson JD, et al.", "Wright", "JT", "Jr")]
    [InlineData("ROSSOUW, JE", "ROSSOUW", "JE", null)]
    [InlineData("van den Berghe G", "van den Berghe", "G", null)]
    [InlineData("WHO Solidarity Trial Consortium; Pan H", "WHO Solidarity Trial Consortium", null, null)]
    [InlineData("O&#8217;Donnell, Martin; Yusuf, Salim", "O\u2019Donnell", "Martin", null)]
    [InlineData("M&uuml;ller K; Smith J", "Müller", "K", null)]
    public void FirstAuthor_ExportedListForms_TakesFirstPerson(string text, string family, string? given, string? suffix)
    {
        var author = DuplicateEvaluator.FirstAuthor(text);

        Assert.NotNull(author);
        Assert.Equal(family, author.Family);
        Assert.Equal(given, author.Given);
        Assert.Equal(suffix, author.Suffix);
    }

    [Fact]
    public void FirstAuthor_Blank_IsNull() => Assert.Null(DuplicateEvaluator.FirstAuthor("  "));

    [Fact]
    public void Evaluate_MixedPairs_CountsEachCellAndListsErrors()
    {
        const string jsonl = """
            {"dup":true,"kind":"same","a":{"t":"Statins and dementia risk","au":"Smith J","y":2019},"b":{"t":"Statins and dementia risk","au":"Smith J","y":2019}}
            {"dup":false,"kind":"other","a":{"t":"Statins and dementia risk","au":"Smith J","y":2019},"b":{"t":"Aspirin after stroke in older adults","au":"Jones K","y":2005}}
            {"dup":true,"kind":"retitled","a":{"t":"Statins and dementia risk","au":"Smith J","y":2019},"b":{"t":"Aspirin after stroke in older adults","au":"Jones K","y":2005}}

            """;

        var report = DuplicateEvaluator.Evaluate(new StringReader(jsonl), "t.jsonl");

        Assert.Equal((3, 1, 0, 1, 1), (report.Pairs, report.TruePositives, report.FalsePositives, report.FalseNegatives, report.TrueNegatives));
        var miss = Assert.Single(report.Errors);
        Assert.Equal((3, "retitled", true), (miss.Line, miss.Kind, miss.Duplicate));
        Assert.Equal(0.5, report.Sensitivity, 3);
        Assert.Equal(1.0, report.Ppv, 3);
        Assert.Contains(report.Kinds, k => k is { Kind: "retitled", Pairs: 1, Correct: 0 });
    }

    [Fact]
    public void Evaluate_BadLines_SkipsThemWithLineNumberedIssues()
    {
        const string jsonl = """
            {"dup":true,"a":{"t":"X"}
            {"dup":"yes","a":{"t":"X"},"b":{"t":"X"}}
            {"dup":true,"kind":"k","a":{"t":"Same title here","au":"Lee A","y":2020,"doi":"not a doi"},"b":{"t":"Same title here","au":"Lee A","y":2020}}
            """;

        var report = DuplicateEvaluator.Evaluate(new StringReader(jsonl), "t.jsonl");

        Assert.Equal(1, report.Pairs);
        Assert.Contains(report.Issues, i => i is { Line: 1, Severity: ImportSeverity.Error });
        Assert.Contains(report.Issues, i => i is { Line: 2, Severity: ImportSeverity.Error });
        Assert.Contains(report.Issues, i => i.Line == 3 && i.Severity == ImportSeverity.Warning && i.Message.Contains("not a DOI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(93, 100, 0.8625, 0.9657)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(0, 0, 0.0, 1.0)]
    public void WilsonInterval_KnownProportions_MatchesFormula(int successes, int trials, double low, double high)
    {
        var ci = WilsonInterval.For(successes, trials);

        Assert.Equal(low, ci.Low, 4);
        Assert.Equal(high, ci.High, 4);
    }
}
