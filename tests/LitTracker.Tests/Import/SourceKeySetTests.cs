using System.Globalization;
using LitTracker.Import;

namespace LitTracker.Tests.Import;

public class SourceKeySetTests
{
    [Fact]
    public void AddContainsRemove_RandomKeys_AgreeWithAHashSet()
    {
        var random = new Random(3);
        var set = new SourceKeySet();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var key = random.Next(5) switch
            {
                0 => "müller" + random.Next(2000).ToString(CultureInfo.InvariantCulture),
                1 => "smith" + random.Next(1990, 2026).ToString(CultureInfo.InvariantCulture) + (char)('a' + random.Next(26)),
                2 => "odd\ud800" + random.Next(50).ToString(CultureInfo.InvariantCulture),
                3 => string.Empty,
                _ => "k" + random.Next(30_000).ToString(CultureInfo.InvariantCulture),
            };

            switch (random.Next(4))
            {
                case 0:
                    Assert.Equal(expected.Remove(key), set.Remove(key));
                    break;
                case 1:
                    Assert.Equal(expected.Contains(key), set.Contains(key));
                    break;
                default:
                    Assert.Equal(expected.Add(key), set.Add(key));
                    break;
            }
        }

        Assert.All(expected, k => Assert.True(set.Contains(k)));
        Assert.InRange(expected.Count, 2_000, 20_000);
    }
}
