using LitTracker.Sources;

namespace LitTracker.Tests.Sources;

public sealed class NoticeRulesTests
{
    private static Notice N(NoticeType type, string? date = null) =>
        new() { Type = type, Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

    public static TheoryData<string> Rows => new(Cases.Keys);

    private static readonly Dictionary<string, (Notice[] Notices, bool Retracted)> Cases = new(StringComparer.Ordinal)
    {
        ["no notices -> not retracted"] = ([], false),
        ["correction -> not retracted"] = ([N(NoticeType.Correction, "2020-01-01")], false),
        ["expression of concern -> not retracted"] = ([N(NoticeType.ExpressionOfConcern, "2020-01-01")], false),
        ["correction and expression of concern -> not retracted"] = ([N(NoticeType.Correction), N(NoticeType.ExpressionOfConcern)], false),
        ["unrecorded notice type -> not retracted"] = ([N(NoticeType.Unspecified, "2020-01-01")], false),
        ["retraction -> retracted"] = ([N(NoticeType.Retraction, "2020-01-01")], true),
        ["undated retraction -> retracted"] = ([N(NoticeType.Retraction)], true),
        ["withdrawal -> retracted"] = ([N(NoticeType.Withdrawal, "2020-01-01")], true),
        ["retraction then a later correction -> still retracted"] = ([N(NoticeType.Retraction, "2020-01-01"), N(NoticeType.Correction, "2021-01-01")], true),
        ["retraction then dated reinstatement -> not retracted"] = ([N(NoticeType.Retraction, "2020-01-01"), N(NoticeType.Reinstatement, "2021-01-01")], false),
        ["reinstatement listed first but dated later -> not retracted"] = ([N(NoticeType.Reinstatement, "2021-01-01"), N(NoticeType.Retraction, "2020-01-01")], false),
        ["reinstatement dated before a new retraction -> retracted"] = ([N(NoticeType.Retraction, "2019-01-01"), N(NoticeType.Reinstatement, "2020-01-01"), N(NoticeType.Retraction, "2021-01-01")], true),
        ["undated retraction, dated reinstatement -> dated wins, not retracted"] = ([N(NoticeType.Reinstatement, "2021-01-01"), N(NoticeType.Retraction)], false),
        ["dated retraction, undated reinstatement -> undated sorts first, retracted"] = ([N(NoticeType.Retraction, "2021-01-01"), N(NoticeType.Reinstatement)], true),
        ["undated retraction then undated reinstatement -> order given, not retracted"] = ([N(NoticeType.Retraction), N(NoticeType.Reinstatement)], false),
        ["undated reinstatement then undated retraction -> order given, retracted"] = ([N(NoticeType.Reinstatement), N(NoticeType.Retraction)], true),
        ["same-day retraction and reinstatement -> order given"] = ([N(NoticeType.Retraction, "2020-05-05"), N(NoticeType.Reinstatement, "2020-05-05")], false),
        ["reinstatement alone -> not retracted"] = ([N(NoticeType.Reinstatement, "2020-01-01")], false),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void IsRetracted_Row_MatchesRule(string row)
    {
        var (notices, retracted) = Cases[row];

        Assert.Equal(retracted, NoticeRules.IsRetracted(notices));
        Assert.Equal(retracted, new Source { Notices = [.. notices] }.IsRetracted);
    }

    [Fact]
    public void IsRetracted_Null_Throws() => Assert.Throws<ArgumentNullException>(() => NoticeRules.IsRetracted(null!));
}
