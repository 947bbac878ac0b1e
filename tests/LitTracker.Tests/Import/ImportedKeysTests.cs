using LitTracker.Import;

namespace LitTracker.Tests.Import;

public class ImportedKeysTests
{
    [Fact]
    public void Add_ManyKeys_ReadsEachBackInOrder()
    {
        var keys = new ImportedKeys();
        // Enough bytes and offsets to span several of the store's chunks.
        var expected = Enumerable.Range(0, 40_000).Select(i => "author" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 3 == 0 ? "b" : "")).ToList();

        foreach (var key in expected)
        {
            keys.Add(key);
        }

        Assert.Equal(expected.Count, keys.Count);
        Assert.Equal(expected, keys);
        Assert.Equal(expected[12_345], keys[12_345]);
    }

    [Fact]
    public void Add_NonAsciiEmptyAndLoneSurrogateKeys_ReadBackUnchanged()
    {
        var keys = new ImportedKeys();
        string[] expected = ["østergaard2019", "", "bad\ud800key", new string('x', 400), "last"];

        foreach (var key in expected)
        {
            keys.Add(key);
        }

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void TruncateTo_EarlierCount_ForgetsLaterKeysAndAppendsAfterTheRest()
    {
        var keys = new ImportedKeys();
        foreach (var key in new[] { "a2020", "b2020", "odd\udc00", "c2020" })
        {
            keys.Add(key);
        }

        keys.TruncateTo(1);
        keys.Add("d2021");
        keys.Add("odd\ud800");

        Assert.Equal(["a2020", "d2021", "odd\ud800"], keys);
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var keys = new ImportedKeys();
        keys.Add("a2020");

        Assert.Throws<ArgumentOutOfRangeException>(() => keys[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => keys[-1]);
    }
}
