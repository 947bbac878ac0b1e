using System.Globalization;
using System.Text;
using LitTracker.Import;

namespace LitTracker.Tests.Import;

public class ImportTextTests
{
    [Fact]
    public void IsNfcStable_EveryAcceptedCharacter_IsNormalisedAndNoCombiningMark()
    {
        var wrong = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (!ImportText.IsNfcStable(c))
            {
                continue;
            }

            // A character NFC changes on its own fails IsNormalized; one that may compose with or
            // reorder against its neighbour is a mark (or a Hangul jamo, which is outside the set).
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsSurrogate(c) || !c.ToString().IsNormalized(NormalizationForm.FormC)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c is >= '\u1100' and <= '\u11FF')
            {
                wrong.Add(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Müller Łukasiewicz Nguyễn 1990–2000 α", true)]
    [InlineData("Mu\u0308ller", false)]
    [InlineData("\u212Bngstr\u00F6m", false)]
    public void IsNfcWithoutIcu_Text_AcceptsOnlyStableCharacters(string text, bool expected)
    {
        Assert.Equal(expected, ImportText.IsNfcWithoutIcu(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), ImportText.Nfc(text));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a b c", true)]
    [InlineData(" a", false)]
    [InlineData("a ", false)]
    [InlineData("a  b", false)]
    [InlineData("a\tb", false)]
    [InlineData("a\u00A0b", false)]
    [InlineData("a\u2028b", false)]
    [InlineData("\u3000", false)]
    public void IsCollapsed_Text_TrueOnlyForSingleSpacesInside(string text, bool expected)
    {
        Assert.Equal(expected, ImportText.IsCollapsed(text));
    }
}
