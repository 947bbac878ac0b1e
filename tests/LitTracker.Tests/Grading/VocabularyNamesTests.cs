using System.Reflection;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Tests.Grading;

public sealed class VocabularyNamesTests
{
    private static readonly string[] DomainNamespaces =
        ["LitTracker.Grading", "LitTracker.Citations", "LitTracker.Claims", "LitTracker.Sources"];

    /// <summary>Every defined, non-zero value of every public enum in the domain folders.</summary>
    public static TheoryData<Type, string> EnumValues
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (var type in DomainEnums())
            {
                foreach (var name in Enum.GetNames(type).Where(n => Convert.ToInt64(Enum.Parse(type, n)) != 0))
                {
                    data.Add(type, name);
                }
            }

            return data;
        }
    }

    public static TheoryData<Type> Enums => new(DomainEnums());

    [Theory]
    [InlineData(Certainty.VeryLow, "very-low")]
    [InlineData(Certainty.High, "high")]
    [InlineData(WordingStrength.DirectCausal, "direct-causal")]
    [InlineData(WordingStrength.NoClaim, "no-claim")]
    [InlineData(Verdict.RetractedSupport, "retracted-support")]
    [InlineData(Stance.DoesNotAddress, "does-not-address")]
    [InlineData(StudyDesign.SystematicReviewOfRcts, "systematic-review-of-rcts")]
    [InlineData(StudyDesign.Rct, "rct")]
    [InlineData(Population.InVitro, "in-vitro")]
    [InlineData(ClaimFlags.CitesRetracted, "cites-retracted")]
    [InlineData(NoticeType.ExpressionOfConcern, "expression-of-concern")]
    [InlineData(SortStrength.A, "a")]
    public void Name_Value_IsKebabCase(Enum value, string expected) =>
        Assert.Equal(expected, NameOf(value));

    [Theory]
    [InlineData("very-low")]
    [InlineData("very_low")]
    [InlineData("Very Low")]
    [InlineData("VERY-LOW")]
    [InlineData("VeryLow")]
    [InlineData("verylow")]
    [InlineData("  very-low  ")]
    public void TryParse_SpellingsOfVeryLow_GiveVeryLow(string text)
    {
        var ok = VocabularyNames.TryParse<Certainty>(text, out var value);

        Assert.True(ok);
        Assert.Equal(Certainty.VeryLow, value);
    }

    [Theory]
    [InlineData("unspecified")]
    [InlineData("Unspecified")]
    [InlineData("none")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("+7")]
    [InlineData("+4")]
    [InlineData("0x4")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("very low-ish")]
    [InlineData("low,high")]
    [InlineData("low, moderate")]
    public void TryParse_NotACertainty_ReturnsFalse(string? text)
    {
        var ok = VocabularyNames.TryParse<Certainty>(text, out var value);

        Assert.False(ok);
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("supports,contradicts")]
    [InlineData("1,2")]
    public void TryParse_CommaList_DoesNotCombineValues(string text) =>
        Assert.False(VocabularyNames.TryParse<Stance>(text, out _));

    [Fact]
    public void TryParse_NoneFlag_ReturnsFalse() => Assert.False(VocabularyNames.TryParse<ClaimFlags>("none", out _));

    [Fact]
    public void FlagNames_SeveralFlags_InDeclarationOrder()
    {
        var flags = ClaimFlags.CitesRetracted | ClaimFlags.Uncited | ClaimFlags.Indirect | ClaimFlags.Overstated;

        Assert.Equal(["uncited", "overstated", "indirect", "cites-retracted"], VocabularyNames.FlagNames(flags));
    }

    [Fact]
    public void FlagNames_AllFlags_ListsEachOnce() =>
        Assert.Equal(
            ["uncited", "overstated", "indirect", "unresolved-reference", "vague-attribution", "cites-retracted"],
            VocabularyNames.FlagNames((ClaimFlags)63));

    [Fact]
    public void FlagNames_None_IsEmpty() => Assert.Empty(VocabularyNames.FlagNames(ClaimFlags.None));

    [Fact]
    public void Names_Certainty_ExcludesUnspecified() =>
        Assert.Equal(["very-low", "low", "moderate", "high"], VocabularyNames.Names<Certainty>());

    [Fact]
    public void Names_ClaimFlags_ExcludesNone() =>
        Assert.DoesNotContain("none", VocabularyNames.Names<ClaimFlags>());

    [Theory]
    [InlineData(WordingStrength.DirectCausal, "direct causal")]
    [InlineData(WordingStrength.ConditionalCausal, "conditional causal")]
    public void Label_Wording_IsSpaced(WordingStrength wording, string expected) =>
        Assert.Equal(expected, VocabularyNames.Label(wording));

    [Fact]
    public void Label_Stance_IsSpaced() => Assert.Equal("does not address", VocabularyNames.Label(Stance.DoesNotAddress));

    [Fact]
    public void DomainEnums_AreFound() =>
        Assert.Contains(typeof(Certainty), DomainEnums());

    [Theory]
    [MemberData(nameof(EnumValues))]
    public void Name_ThenTryParse_RoundTrips(Type type, string member)
    {
        var value = (Enum)Enum.Parse(type, member);

        var name = NameOf(value);
        var (ok, parsed) = TryParseAs(type, name);

        Assert.Matches("^[a-z]+(-[a-z]+)*$", name);
        Assert.True(ok, $"'{name}' did not parse back to {type.Name}.{member}");
        Assert.Equal(value, parsed);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Name_EveryEnum_NamesAreDistinct(Type type)
    {
        var names = Enum.GetValues(type).Cast<Enum>().Select(NameOf).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void TryParse_EveryEnum_RejectsZeroValueName(Type type)
    {
        var zero = (Enum)Enum.ToObject(type, 0);

        Assert.False(TryParseAs(type, NameOf(zero)).Ok);
    }

    private static IEnumerable<Type> DomainEnums() =>
        typeof(Certainty).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && DomainNamespaces.Contains(t.Namespace))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static string NameOf(Enum value) =>
        (string)typeof(VocabularyNames).GetMethod(nameof(VocabularyNames.Name))!
            .MakeGenericMethod(value.GetType())
            .Invoke(null, [value])!;

    private static (bool Ok, Enum Value) TryParseAs(Type type, string text)
    {
        var method = typeof(VocabularyNames).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(VocabularyNames.TryParse) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(type);
        object?[] args = [text, null];
        var ok = (bool)method.Invoke(null, args)!;
        return (ok, (Enum)args[1]!);
    }
}
