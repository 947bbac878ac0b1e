using LitTracker.Persistence;

namespace LitTracker.Tests.Persistence;

public class KeysTests
{
    [Theory]
    [InlineData(0, 0, "smith2020")]
    [InlineData(3, 3, "smith2020d")]
    [InlineData(25, 25, "smith2020z")]
    [InlineData(26, 26, "smith2020-2")]
    [InlineData(-1, 0, "smith2020")]
    public void FirstFree_FromPosition_SkipsThatManyKeysOfTheSequence(int start, int expectedPosition, string expected)
    {
        var key = Keys.FirstFree("smith2020", _ => false, start, out var position);

        Assert.Equal(expected, key);
        Assert.Equal(expectedPosition, position);
    }

    [Fact]
    public void FirstFree_FromAPosition_FindsWhatProbingFromTheStartFinds()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        for (var i = 0; i < 40; i++)
        {
            var fromStart = Keys.FirstFree("doe2019", used.Contains);
            var resumed = Keys.FirstFree("doe2019", used.Contains, position, out position);
            Assert.Equal(fromStart, resumed);
            used.Add(resumed);
            position++;
        }

        Assert.Contains("doe2019-15", used);
    }
}
